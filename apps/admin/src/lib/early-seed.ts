// A loader's query, answered from the first screen's early batch (early-data.ts) when that
// batch asked for exactly this query: the answer goes into the cache under the query's own
// key, and the usual ensure finds it fresh. Otherwise (not asked, failed) the usual ensure
// asks the server, so the screen never depends on the early batch.
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { takeEarly } from './early-data';

interface TrpcOptions {
  queryKey: QueryKey;
  initialPageParam?: unknown;
}

/** A tRPC query key is [path parts, { input, type }] (@trpc/tanstack-react-query). */
function early(options: TrpcOptions) {
  const [path, meta] = options.queryKey as [string[], { input?: unknown; type?: string }?];
  // An infinite query is asked early only from its first page (no cursor).
  if (meta?.type === 'infinite' && options.initialPageParam !== undefined) return undefined;
  return takeEarly(path.join('.'), meta?.input);
}

/** Puts the early answers to these queries (if any) in the cache; resolves once they are
 *  settled, so the loader's ensureQueryData that follows finds them. */
export async function seedEarly(queryClient: QueryClient, queries: TrpcOptions[]): Promise<void> {
  await Promise.all(queries.map((options) => seedOne(queryClient, options)));
}

async function seedOne(queryClient: QueryClient, options: TrpcOptions): Promise<void> {
  const answer = await early(options);
  if (!answer || queryClient.getQueryData(options.queryKey) !== undefined) return;
  const [, meta] = options.queryKey as [unknown, { type?: string }?];
  queryClient.setQueryData(
    options.queryKey,
    meta?.type === 'infinite'
      ? ({ pages: [answer.data], pageParams: [undefined] } satisfies InfiniteData<unknown>)
      : answer.data,
  );
}
