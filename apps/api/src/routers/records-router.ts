// Records behind the plan's indicators, per unit: cadres keep their own units' records,
// administrators any; campaigns are organised by the province (administrators, reviewers).
import {
  RECORD_KINDS,
  ZDeleteRecordInput,
  ZId,
  ZIsoDate,
  ZSaveCampaignInput,
  ZSaveRecordInput,
} from '@lantoa/domain';
import { z } from 'zod';
import { deleteRecord } from '../services/delete-record.js';
import { listCampaigns } from '../services/list-campaigns.js';
import { listRecordsOfKind, listUnitRecords } from '../services/list-unit-records.js';
import { cursorOf, ZIdKey, ZPageLimit, ZTimestampKey } from '../services/paging/page-cursor.js';
import { saveCampaign } from '../services/save-campaign.js';
import { saveRecord } from '../services/save-record.js';
import { procedureFor, router } from '../trpc.js';

/** Each kind's first page on the unit page is short; "load more" asks for the rest. */
const FIRST_PAGE = 20;

export const recordsRouter = router({
  ofUnit: procedureFor('unit.read')
    .input(
      z.object({ unitId: ZId, asOf: ZIsoDate.optional(), limit: ZPageLimit.unwrap().optional() }),
    )
    .query(({ ctx, input }) =>
      listUnitRecords(ctx.db, ctx.readable, { ...input, limit: input.limit ?? FIRST_PAGE }),
    ),
  /** The next page of one kind, after the cursor `ofUnit` (or the previous page) gave. */
  ofKind: procedureFor('unit.read')
    .input(
      z.object({
        unitId: ZId,
        kind: z.enum(RECORD_KINDS),
        asOf: ZIsoDate.optional(),
        cursor: cursorOf(z.tuple([ZTimestampKey, ZIdKey])).optional(),
        limit: ZPageLimit,
      }),
    )
    .query(({ ctx, input }) =>
      listRecordsOfKind(ctx.db, ctx.readable, { ...input, after: input.cursor }),
    ),
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
  campaigns: procedureFor('campaign.read').query(({ ctx }) => listCampaigns(ctx.db, ctx.scope)),
  saveCampaign: procedureFor('campaign.save')
    .input(ZSaveCampaignInput)
    .mutation(async ({ ctx, input }) => {
      const campaign = await saveCampaign(ctx.db, ctx.scope, input);
      ctx.onFactsChanged([]);
      return campaign;
    }),
});
