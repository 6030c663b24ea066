import { createFileRoute } from '@tanstack/react-router';
import { OfficialReportsPage } from '../../features/official-reports/official-reports-page';

export const Route = createFileRoute('/_app/official-reports')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.officialReports.list.queryOptions()),
      // The province heads the report's place ("An Giang, ngày …"): one row, not the tree.
      queryClient.ensureQueryData(trpc.units.provinces.queryOptions({ limit: 1 })),
    ]),
  component: OfficialReportsPage,
});
