import { createFileRoute } from '@tanstack/react-router';
import { UnitPage } from '../../../features/units/unit-page';

export const Route = createFileRoute('/_app/units/$unitId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    Promise.all([
      queryClient.ensureQueryData(trpc.compliance.unit.queryOptions({ unitId: params.unitId })),
      queryClient.ensureQueryData(trpc.records.ofUnit.queryOptions({ unitId: params.unitId })),
      queryClient.ensureQueryData(trpc.records.campaigns.queryOptions()),
    ]),
  component: UnitPage,
});
