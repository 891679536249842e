import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Vitest runs from the repository root; import.meta.url is not a file: URL under happy-dom.
const FIXTURE = resolve(process.cwd(), 'tests/fixtures/lazy-images/lazy-patterns.html');

/** The lazy-image fixture page as a live document (its `<base href>` is https://news.example/world/). */
export function loadLazyFixture(): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURE, 'utf8'), 'text/html');
}

/** Parses an HTML body into a document whose base URL is https://news.example/world/. */
export function pageWith(bodyHtml: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><base href="https://news.example/world/"></head><body>${bodyHtml}</body></html>`,
    'text/html',
  );
}

export const BASE = 'https://news.example/world/';
