// An unexpected console.error is a bug the test did not look for: fail loudly.
import { afterEach, vi } from 'vitest';

const original = console.error;
afterEach(() => {
  console.error = original;
});
console.error = (...args: unknown[]) => {
  original(...args);
  throw new Error(`Unexpected console.error: ${args.map(String).join(' ')}`);
};
vi.stubEnv('TZ', 'UTC');
