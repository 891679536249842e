import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Vitest globals are off, so testing-library's automatic cleanup does not run by itself.
afterEach(() => cleanup());
