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
import { ZSearchText } from '../services/paging/text-search.js';
import { saveCampaign } from '../services/save-campaign.js';
import { saveRecord } from '../services/save-record.js';
import { procedureFor, router } from '../trpc.js';

/** Each kind's first page on the unit page is short; "load more" asks for the rest. */
const FIRST_PAGE = 20;

// The key names its list, so another list's cursor is a 400 (decision 33).
const ZCampaignsQuery = z.object({
  search: ZSearchText,
  cursor: cursorOf(z.tuple([z.literal('campaigns'), ZIsoDate, ZIdKey])).optional(),
  limit: ZPageLimit,
});

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
  // The province's campaigns and Central's (decision 20), a page at a time (decision 33).
  campaigns: procedureFor('campaign.read')
    .input(ZCampaignsQuery.optional())
    .query(({ ctx, input }) =>
      listCampaigns(ctx.db, ctx.scope, {
        search: input?.search,
        after: input?.cursor && [input.cursor[1], input.cursor[2]],
        limit: input?.limit ?? 50,
      }),
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
