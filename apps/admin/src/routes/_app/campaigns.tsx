import { createFileRoute } from '@tanstack/react-router';
import { campaignPages } from '../../features/campaigns/campaign-pages';
import { CampaignsPage } from '../../features/campaigns/campaigns-page';

export const Route = createFileRoute('/_app/campaigns')({
  loader: ({ context: { queryClient, trpc } }) =>
    queryClient.ensureInfiniteQueryData(campaignPages(trpc)),
  component: CampaignsPage,
});
