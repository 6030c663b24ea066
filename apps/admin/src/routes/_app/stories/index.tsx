import { createFileRoute } from '@tanstack/react-router';
import { StoriesPage } from '../../../features/stories/stories-page';
import { z } from '../../../lib/search';

export const Route = createFileRoute('/_app/stories/')({
  validateSearch: z.object({
    status: z.catch(z.optional(z.enum(['draft', 'review', 'published'])), undefined),
  }),
  loaderDeps: ({ search }) => ({ status: search.status }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.stories.list.queryOptions(deps)),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions()),
    ]),
  component: StoriesPage,
});
