// The router with its context (query client + tRPC proxy) so loaders can prefetch.
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { ErrorState, Loading, NotFound } from './components/query-state';
import { type queryClient as defaultQueryClient, trpc } from './lib/api';
import { routeTree } from './routeTree.gen';

export function createAppRouter(queryClient: typeof defaultQueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient, trpc },
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
