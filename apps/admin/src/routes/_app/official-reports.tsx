import { createFileRoute } from '@tanstack/react-router';
import { OfficialReportsPage } from '../../features/official-reports/official-reports-page';

export const Route = createFileRoute('/_app/official-reports')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.officialReports.list.queryOptions()),
      queryClient.ensureQueryData(trpc.units.tree.queryOptions({})),
    ]),
  component: OfficialReportsPage,
});
