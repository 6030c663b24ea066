import { createFileRoute } from '@tanstack/react-router';
import { StoryPage } from '../../../features/stories/story-page';

export const Route = createFileRoute('/_app/stories/$storyId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    params.storyId === 'new'
      ? null
      : queryClient.ensureQueryData(trpc.stories.get.queryOptions({ id: params.storyId })),
  component: StoryPage,
});
