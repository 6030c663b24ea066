// A widget that logs errors on a partner's page is a bug: any console.error fails the test.

import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './src/test/api-handlers';

const original = console.error;
beforeAll(() => {
  console.error = (...args: unknown[]) => {
    original(...args);
    throw new Error(`Unexpected console.error: ${args.map(String).join(' ')}`);
  };
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  if (typeof document !== 'undefined') document.body.replaceChildren();
});
afterAll(() => {
  server.close();
  console.error = original;
});
