// Providers around the router. Kept apart from main.tsx so tests render the real app.
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect } from 'react';
import { meQuery } from './lib/auth';
import { LangProvider } from './lib/i18n';
import {
  type queryClient as defaultQueryClient,
  setSessionExpiredHandler,
} from './lib/query-client';
import type { createAppRouter } from './router';

interface AppProps {
  queryClient: typeof defaultQueryClient;
  router: ReturnType<typeof createAppRouter>;
}

export function App({ queryClient, router }: AppProps) {
  useEffect(() => {
    // Any UNAUTHORIZED answer: forget the user, go to sign-in, come back afterwards.
    setSessionExpiredHandler(() => {
      const { pathname, searchStr } = router.state.location;
      if (pathname === '/sign-in') return;
      queryClient.setQueryData(meQuery.queryKey, null);
      void router.navigate({
        to: '/sign-in',
        search: { redirect: pathname + searchStr, expired: true },
      });
    });
  }, [queryClient, router]);
  return (
    <LangProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LangProvider>
  );
}
