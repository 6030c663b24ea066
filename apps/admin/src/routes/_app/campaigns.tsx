import { createFileRoute } from '@tanstack/react-router';
import { CampaignsPage } from '../../features/campaigns/campaigns-page';

export const Route = createFileRoute('/_app/campaigns')({
  loader: ({ context: { queryClient, trpc } }) =>
    queryClient.ensureQueryData(trpc.records.campaigns.queryOptions()),
  component: CampaignsPage,
});
