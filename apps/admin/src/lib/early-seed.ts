// A query answered from the first screen's early batch (early-data.ts) when that batch
// asked for exactly this query: the query starts at once in the cache, under its own key,
// waiting for the early answer, so the loader's ensureQueryData and any component's
// useQuery (the top bar's bell mounts before the batch may have answered) join it instead
// of asking again. When the early answer fails, the same fetch asks the server as usual,
// so the screen never depends on the early batch.
import type { QueryClient, QueryFunction, QueryKey } from '@tanstack/react-query';
import { takeEarly } from './early-data';

interface TrpcOptions {
  queryKey: QueryKey;
  queryFn?: unknown;
  initialPageParam?: unknown;
}

/** A tRPC query key is [path parts, { input, type }] (@trpc/tanstack-react-query). */
function early(options: TrpcOptions) {
  const [path, meta] = options.queryKey as [string[], { input?: unknown; type?: string }?];
  // An infinite query is asked early only from its first page (no cursor).
  if (meta?.type === 'infinite' && options.initialPageParam !== undefined) return undefined;
  return takeEarly(path.join('.'), meta?.input);
}

/** Starts these queries from their early answers, where the batch has them. */
export function seedEarly(queryClient: QueryClient, queries: TrpcOptions[]): void {
  for (const options of queries) {
    const answer = early(options);
    if (!answer || queryClient.getQueryData(options.queryKey) !== undefined) continue;
    const asUsual = options.queryFn as QueryFunction;
    const queryFn: QueryFunction = async (context) => {
      const got = await answer;
      return got ? got.data : asUsual(context);
    };
    const [, meta] = options.queryKey as [unknown, { type?: string }?];
    // Started, not awaited: whoever needs the data awaits the same query.
    if (meta?.type === 'infinite') {
      void queryClient.prefetchInfiniteQuery({
        ...(options as Parameters<QueryClient['prefetchInfiniteQuery']>[0]),
        queryFn,
      });
    } else {
      void queryClient.prefetchQuery({ ...options, queryFn, initialPageParam: undefined });
    }
  }
}
