// The tRPC client (batched, CSRF and language headers on every call) and its TanStack Query
// proxy. Only signed-in screens import this module, so it loads after sign-in.
import type { AppRouter } from '@lantoa/api/router';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { getLang } from './i18n';
import { apiUrl, CSRF_HEADERS, queryClient } from './query-client';
import './zod-config';

export {
  apiUrl,
  CSRF_HEADERS,
  createQueryClient,
  queryClient,
  queryRetryDelay,
  setSessionExpiredHandler,
  shouldRetryQuery,
} from './query-client';

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
