import { defineConfig } from 'vitest/config';

// One PGlite instance costs ~280 MB and ~0.7 s to open from a template: two workers at most.
export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/fail-on-console-error.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Files share a worker's module cache: each file re-imported the whole app before, which
    // was more than half of the suite's time (242 s of 406 s). No test mocks modules or
    // changes the environment, and each file opens its own database.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
