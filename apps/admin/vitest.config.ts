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
  },
});
