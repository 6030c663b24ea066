// Component tests run in happy-dom (jsdom needs Node 22 here) with msw at the API edge.
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@lantoa/source', ...defaultClientConditions] },
  test: {
    name: 'admin',
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // A whole screen rendered and driven through its flow takes 1–2 s on a quiet machine and
    // nearer 5 s on a busy one: the default 5 s made such tests fail for the machine's load.
    testTimeout: 15_000,
    // Files share a worker's module cache: importing the app and happy-dom again for each
    // file was most of the suite's time (about 180 s against 30 s on the 2-core machine).
    // The setup file resets what tests change (msw handlers, mocks, stubbed globals,
    // localStorage); a module's own state must not outlive the test that made it.
    isolate: false,
  },
});
