// Which queries the first signed-in screen will ask for, known from its URL, asked for as
// soon as /auth/me says who is there (decision 34, "The signed-in screen sooner"). The
// inputs come from the same functions as the routes' loaders; if they ever differ, the
// loader simply does not find its answer here and asks as before (early-seed.ts).
import type { QueryClient } from '@tanstack/react-query';
import { campaignChoicesInput } from '../features/campaigns/campaign-pages';
import { dashboardDeadlinesInput } from '../features/dashboard/deadline-pages';
import { dashboardLevel } from '../features/dashboard/matrix-pages';
import type { createAppRouter } from '../router';
import { meQuery } from './auth';
import { type EarlyCall, fetchEarly } from './early-data';
import { getLang } from './i18n';

interface Match {
  routeId: string;
  params: Record<string, string>;
  search: Record<string, unknown>;
}

/** The leaf route's loader queries, plus the top bar's unread notices. */
export function firstScreenCalls({ routeId, params, search }: Match): EarlyCall[] {
  const asOf = typeof search.asOf === 'string' ? search.asOf : undefined;
  const shell: EarlyCall = { path: 'notices.unreadCount', input: undefined };
  if (routeId === '/_app/') {
    const level = dashboardLevel(search as Parameters<typeof dashboardLevel>[0]);
    return [
      { path: 'compliance.matrix', input: level, infinite: true },
      {
        path: 'compliance.deadlines',
        input: dashboardDeadlinesInput({ rootId: level.rootId, asOf }),
      },
      shell,
    ];
  }
  if (routeId === '/_app/units/$unitId' && params.unitId) {
    const unit = { unitId: params.unitId, asOf };
    return [
      { path: 'compliance.unit', input: unit },
      { path: 'records.ofUnit', input: unit },
      { path: 'records.campaigns', input: campaignChoicesInput('') },
      { path: 'facebook.ofUnit', input: unit },
      shell,
    ];
  }
  return routeId.startsWith('/_app/') ? [shell] : [];
}

/** Called once at start-up: asks /auth/me now (the router's guard finds it in flight), the
 *  app shell's and the screen's chunks (not after the guard: a signed-out visitor of a
 *  signed-in page loads them for nothing, about 25 KB) and, once someone is signed in, the
 *  screen's queries. Offline the snapshots serve instead. */
export function startFirstScreen(
  router: ReturnType<typeof createAppRouter>,
  queryClient: QueryClient,
): void {
  if (!navigator.onLine) return;
  const matches = router.matchRoutes(router.latestLocation);
  const leaf = matches.at(-1) as Match | undefined;
  const calls = leaf ? firstScreenCalls(leaf) : [];
  if (calls.length === 0) return;
  // In this order: a browser opens six connections to a server, and /auth/me, on which
  // everything else waits, must not queue behind the chunks.
  queryClient
    .fetchQuery(meQuery)
    .then((user) => {
      if (user) fetchEarly(calls, getLang());
    })
    .catch(() => undefined);
  import('./signed-in').catch(() => undefined);
  for (const match of matches) {
    router
      .loadRouteChunk(router.routesById[match.routeId as keyof typeof router.routesById])
      ?.catch(() => undefined);
  }
}
