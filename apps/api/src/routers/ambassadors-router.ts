// KOL ambassadors (đại sứ thương hiệu). The province board manages them; other roles read
// profiles with contact details masked.
import {
  AMBASSADOR_FIELDS,
  AMBASSADOR_STATUSES,
  msg,
  ZAddAppearanceInput,
  ZId,
  ZRecordConsentInput,
  ZSaveAmbassadorInput,
  ZWithdrawConsentInput,
} from '@lantoa/domain';
import { z } from 'zod';
import { addAppearance } from '../services/add-ambassador-appearance.js';
import { assertAmbassadorInScope } from '../services/ambassador-guards.js';
import { eraseAmbassador } from '../services/erase-ambassador.js';
import { exportAmbassadorData } from '../services/export-ambassador-data.js';
import { getAmbassador } from '../services/get-ambassador.js';
import { listAmbassadors } from '../services/list-ambassadors.js';
import { cursorOf, ZIdKey, ZPageLimit } from '../services/paging/page-cursor.js';
import { ZSearchText } from '../services/paging/text-search.js';
import { recordConsent } from '../services/record-ambassador-consent.js';
import { saveAmbassador } from '../services/save-ambassador.js';
import { withdrawConsent } from '../services/withdraw-ambassador-consent.js';
import { procedureFor, router } from '../trpc.js';

const MANAGE = 'ambassador.manage';

// The key names its list, so another list's cursor is a 400 (decision 33).
const ZAmbassadorsQuery = z.object({
  field: z.enum(AMBASSADOR_FIELDS, { error: msg('choice') }).optional(),
  status: z.enum(AMBASSADOR_STATUSES, { error: msg('choice') }).optional(),
  search: ZSearchText,
  cursor: cursorOf(z.tuple([z.literal('ambassadors'), z.string().max(200), ZIdKey])).optional(),
  limit: ZPageLimit,
});

export const ambassadorsRouter = router({
  list: procedureFor('ambassador.read')
    .input(ZAmbassadorsQuery.optional())
    .query(({ ctx, input }) =>
      listAmbassadors(ctx.db, ctx.scope, {
        field: input?.field,
        status: input?.status,
        search: input?.search,
        after: input?.cursor && [input.cursor[1], input.cursor[2]],
        limit: input?.limit ?? 50,
      }),
    ),
  get: procedureFor('ambassador.read')
    .input(z.object({ id: ZId }))
    .query(({ ctx, input }) => getAmbassador(ctx.db, ctx.scope, input.id)),
  save: procedureFor('ambassador.manage')
    .input(ZSaveAmbassadorInput)
    .mutation(({ ctx, input }) => saveAmbassador(ctx.db, ctx.user, ctx.scope, input)),
  addAppearance: procedureFor('ambassador.manage')
    .input(ZAddAppearanceInput)
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { id: input.ambassadorId });
      return addAppearance(ctx.db, ctx.user, input);
    }),
  recordConsent: procedureFor('ambassador.manage')
    .input(ZRecordConsentInput)
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { id: input.ambassadorId });
      return recordConsent(ctx.db, ctx.user, input);
    }),
  withdrawConsent: procedureFor('ambassador.manage')
    .input(ZWithdrawConsentInput)
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { consentId: input.consentId });
      return withdrawConsent(ctx.db, ctx.user, input);
    }),
  exportData: procedureFor('ambassador.manage')
    .input(z.object({ id: ZId }))
    .query(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, MANAGE, { id: input.id });
      return exportAmbassadorData(ctx.db, input.id);
    }),
  erase: procedureFor('ambassador.erase')
    .input(z.object({ id: ZId }))
    .mutation(async ({ ctx, input }) => {
      await assertAmbassadorInScope(ctx.db, ctx.scope, 'ambassador.erase', { id: input.id });
      return eraseAmbassador(ctx.db, ctx.user, input);
    }),
});
