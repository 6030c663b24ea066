import { createFileRoute } from '@tanstack/react-router';
import { campaignChoices } from '../../../features/campaigns/campaign-pages';
import { UnitPage } from '../../../features/units/unit-page';
import { seedEarly } from '../../../lib/early-seed';

export const Route = createFileRoute('/_app/units/$unitId')({
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: async ({ context: { queryClient, trpc }, params, deps }) => {
    const unit = { unitId: params.unitId, ...deps };
    const compliance = trpc.compliance.unit.queryOptions(unit);
    const records = trpc.records.ofUnit.queryOptions(unit);
    // The record form's campaign picker, ready offline (its first page is kept).
    const campaigns = campaignChoices(trpc, '');
    const facebook = trpc.facebook.ofUnit.queryOptions(unit);
    // Asked for beside /auth/me on a first visit (lib/first-screen.ts).
    seedEarly(queryClient, [compliance, records, campaigns, facebook]);
    await Promise.all([
      queryClient.ensureQueryData(compliance),
      queryClient.ensureQueryData(records),
      queryClient.ensureQueryData(campaigns),
      queryClient.ensureQueryData(facebook),
    ]);
  },
  component: UnitPage,
});
