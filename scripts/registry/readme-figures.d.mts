// Types for readme-figures.mjs (used by tests).
import type { Figures } from './figures.mjs';
export function figuresMarkdown(f: Figures): string;
