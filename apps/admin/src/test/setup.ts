// Test setup: msw at the API edge (unknown requests fail the test), DOM cleanup, and a
// failing test on any console.error nobody expected (React warnings included).
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { addMessages } from '../lib/i18n';
import { SHELL_MESSAGES } from '../lib/shell-messages';
import { resetApi, server } from './api-handlers';

// Signed-in screens' words load with the app shell (lib/signed-in.ts); screens tested alone
// need them from the start.
addMessages(SHELL_MESSAGES);

// happy-dom lays nothing out, so its IntersectionObserver never reports: here every
// observed element is in view at once (lib/use-near-view.ts). A test may replace it.
class InViewObserver {
  constructor(private readonly report: IntersectionObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() =>
      this.report(
        [{ target, isIntersecting: true } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      ),
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.IntersectionObserver = InViewObserver as unknown as typeof IntersectionObserver;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetApi();
  localStorage.clear();
  vi.restoreAllMocks();
  // Files share one module cache and globals (isolate: false in vitest.config.ts).
  vi.unstubAllGlobals();
  if (consoleErrors.length > 0) {
    const text = consoleErrors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`Unexpected console.error:\n${text}`);
  }
});
