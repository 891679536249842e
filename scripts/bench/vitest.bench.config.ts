import '../../tests/node20-compat';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * `npm run bench`: runs only the benchmark file, in one worker, so its timings are not shared with other test files.
 * Benchmarks print figures and write bench-results/bench.json; they assert no timings.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['scripts/bench/**/*.test.ts'],
    fileParallelism: false,
    // global.gc() before each measured run, so each heap figure starts from a collected heap; the 300k-element
    // synthetic page (three copies of it alive at once) does not fit node's default 4 GB heap.
    execArgv: ['--expose-gc', '--max-old-space-size=8192'],
    testTimeout: 900_000,
  },
});
