// Records behind the plan's indicators, per unit: cadres keep their own units' records,
// administrators any; campaigns are organised by the province (administrators, reviewers).
import {
  ZDeleteRecordInput,
  ZId,
  ZIsoDate,
  ZSaveCampaignInput,
  ZSaveRecordInput,
} from '@lantoa/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import { ownedInScope } from '../access/province-owned.js';
import { deleteRecord } from '../services/delete-record.js';
import { listUnitRecords } from '../services/list-unit-records.js';
import { saveCampaign } from '../services/save-campaign.js';
import { saveRecord } from '../services/save-record.js';
import { procedureFor, router } from '../trpc.js';

export const recordsRouter = router({
  ofUnit: procedureFor('unit.read')
    .input(z.object({ unitId: ZId, asOf: ZIsoDate.optional() }))
    .query(({ ctx, input }) => listUnitRecords(ctx.db, ctx.readable, input.unitId, input.asOf)),
  save: procedureFor('unit.editData')
    .input(ZSaveRecordInput)
    .mutation(async ({ ctx, input }) => {
      const record = await saveRecord(ctx.db, ctx.user, ctx.scope, input);
      ctx.onFactsChanged([record.unitId]);
      return record;
    }),
  delete: procedureFor('unit.editData')
    .input(ZDeleteRecordInput)
    .mutation(async ({ ctx, input }) => {
      const removed = await deleteRecord(ctx.db, ctx.user, ctx.scope, input);
      ctx.onFactsChanged([removed.unitId]);
      return removed;
    }),
  // The province's campaigns and Central's (decision 20).
  campaigns: procedureFor('campaign.read').query(({ ctx }) =>
    ctx.db
      .selectFrom('campaigns')
      .selectAll()
      .where(
        ownedInScope('campaign.read', ctx.scope, sql.ref('province_id'), { isCentralShared: true }),
      )
      .orderBy('starts_on', 'desc')
      .limit(500)
      .execute(),
  ),
  // A province's campaign (its board) or Central's own (the national role).
  saveCampaign: procedureFor('campaign.save', 'campaign.saveNational')
    .input(ZSaveCampaignInput)
    .mutation(async ({ ctx, input }) => {
      const campaign = await saveCampaign(ctx.db, ctx.scope, input);
      ctx.onFactsChanged([]);
      return campaign;
    }),
});
