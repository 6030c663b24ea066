import { defineConfig } from 'vitest/config';

// One built API and one Chromium at a time on a 2-core machine: no parallel files. A first
// start of the API on a fresh PGlite directory migrates and seeds, which takes seconds.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['src/**/*.e2e.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
