// The router with its context (the query client; signed-in routes add the tRPC proxy,
// see routes/_app.tsx) so loaders can prefetch.
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { ErrorState, Loading, NotFound } from './components/query-state';
import type { queryClient as defaultQueryClient } from './lib/query-client';
import { routeTree } from './routeTree.gen';

export function createAppRouter(queryClient: typeof defaultQueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    // Query owns caching; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: Loading,
    defaultErrorComponent: ErrorState,
    defaultNotFoundComponent: NotFound,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
