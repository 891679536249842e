import './tests/node20-compat';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not pull in wxt.config.ts's vite plugins, so preact() is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/golden/**/*.test.ts'],
    restoreMocks: true,
    mockReset: true,
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30_000,
  },
});
