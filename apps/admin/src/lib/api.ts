// The one place the app talks to the API: a tRPC client (batched, CSRF and language
// headers on every call), the TanStack Query client, and session-expiry handling that
// sends the user to sign-in from any failed query or mutation.
import type { AppRouter } from '@lantoa/api/router';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { isUnauthorized } from './errors';
import { getLang } from './i18n';

export const CSRF_HEADERS = { 'x-lantoa-csrf': '1' } as const;

// Absolute URLs: test environments have no document base for relative fetches.
export const apiUrl = (path: string) => new URL(path, globalThis.location.origin).href;

let onSessionExpired: () => void = () => {};
export function setSessionExpiredHandler(handler: () => void) {
  onSessionExpired = handler;
}

function handleError(error: unknown) {
  if (isUnauthorized(error)) onSessionExpired();
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers will not change on retry; network blips might.
        retry: (count, error) =>
          count < 2 && !(error as { data?: { httpStatus?: number } }).data?.httpStatus,
      },
    },
  });
}

export const queryClient = createQueryClient();

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: apiUrl('/trpc'),
      maxItems: 10,
      headers: () => ({ ...CSRF_HEADERS, 'x-lantoa-lang': getLang() }),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
export type Trpc = typeof trpc;
