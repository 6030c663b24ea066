// The TanStack Query client every screen shares, its retry rules, and session-expiry
// handling that sends the user to sign-in from any failed query or mutation. Kept apart from
// the tRPC client (api.ts) so the sign-in page, the first thing a phone loads, does not
// download tRPC: the signed-in routes load it (routes/_app.tsx).
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isServiceUnavailable, isUnauthorized, retryAfterMs } from './error-codes';

export { apiUrl, CSRF_HEADERS } from './api-base';

let onSessionExpired: () => void = () => {};
export function setSessionExpiredHandler(handler: () => void) {
  onSessionExpired = handler;
}

function handleError(error: unknown) {
  if (isUnauthorized(error)) onSessionExpired();
}

const UNAVAILABLE_RETRIES = 6;

/** 4xx answers will not change on retry; network blips might; a 503 (the database is
 *  down for a moment) is asked again several times, as the server's Retry-After says. */
export function shouldRetryQuery(count: number, error: unknown): boolean {
  if (isServiceUnavailable(error)) return count < UNAVAILABLE_RETRIES;
  return count < 2 && !(error as { data?: { httpStatus?: number } }).data?.httpStatus;
}

/** Never sooner than Retry-After, and backing off: an outage is not hammered. */
export function queryRetryDelay(count: number, error: unknown): number {
  const backoff = Math.min(1000 * 2 ** count, 30_000);
  return Math.max(retryAfterMs(error) ?? 0, backoff);
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
      },
    },
  });
}

export const queryClient = createQueryClient();
