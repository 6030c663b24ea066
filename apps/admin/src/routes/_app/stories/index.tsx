import { createFileRoute } from '@tanstack/react-router';
import { StoriesPage } from '../../../features/stories/stories-page';
import { storyPages } from '../../../features/stories/story-pages';
import { oneOf, searchParams } from '../../../lib/search';

// Declared apart: inside the options object, TypeScript loses the params' types.
const searchOf = searchParams({
  status: oneOf(['draft', 'review', 'published']),
});

export const Route = createFileRoute('/_app/stories/')({
  validateSearch: searchOf,
  loaderDeps: ({ search }) => ({ status: search.status }),
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureInfiniteQueryData(storyPages(trpc, deps)),
  component: StoriesPage,
});
