import { createFileRoute } from '@tanstack/react-router';
import { campaignChoices } from '../../../features/campaigns/campaign-pages';
import { UnitPage } from '../../../features/units/unit-page';

export const Route = createFileRoute('/_app/units/$unitId')({
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: ({ context: { queryClient, trpc }, params, deps }) =>
    Promise.all([
      queryClient.ensureQueryData(
        trpc.compliance.unit.queryOptions({ unitId: params.unitId, ...deps }),
      ),
      queryClient.ensureQueryData(
        trpc.records.ofUnit.queryOptions({ unitId: params.unitId, ...deps }),
      ),
      // The record form's campaign picker, ready offline (its first page is kept).
      queryClient.ensureQueryData(campaignChoices(trpc, '')),
      queryClient.ensureQueryData(
        trpc.facebook.ofUnit.queryOptions({ unitId: params.unitId, ...deps }),
      ),
    ]),
  component: UnitPage,
});
