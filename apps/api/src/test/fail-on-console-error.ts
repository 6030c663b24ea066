// An unexpected console.error is a bug the test did not look for: every test fails on one.
// The guard is installed before each test (a test may spy on console.error to expect one;
// its spy replaces the guard for that test only) and judged after it, so errors logged
// from callbacks and background work count too, not only those thrown at the call site.
import { afterEach, beforeEach, vi } from 'vitest';

const original = console.error;
let unexpected: string[] = [];

function guard(...args: unknown[]) {
  original(...args);
  unexpected.push(args.map(String).join(' '));
}

beforeEach(() => {
  unexpected = [];
  console.error = guard;
});

afterEach(() => {
  console.error = original;
  const errors = unexpected;
  unexpected = [];
  if (errors.length > 0) throw new Error(`Unexpected console.error:\n${errors.join('\n')}`);
});

vi.stubEnv('TZ', 'UTC');
