// Appeals for staff: raise and edit them, see pledges, reconcile money received (by hand or
// from a bank statement matched on the memo, confirmed before anything is applied), record
// disbursements, and answer a giver's requests to see or erase their data (decision 26).
import {
  ZAmount,
  ZAppealInput,
  ZDisbursementInput,
  ZId,
  ZIsoDate,
  ZSafeLine,
  ZVersion,
} from '@lantoa/domain';
import { z } from 'zod';
import { badRequest } from '../errors.js';
import { erasePledge } from '../services/erase-pledge.js';
import { exportPledgeData } from '../services/export-pledge-data.js';
import { listAppealPledges } from '../services/list-appeal-pledges.js';
import { listAppeals } from '../services/list-appeals.js';
import { loadAppealFor } from '../services/load-appeal-for.js';
import { previewStatement } from '../services/preview-statement.js';
import { STATEMENT_MAX_BYTES } from '../services/read-bank-statement.js';
import { receivePledges } from '../services/receive-pledges.js';
import { recordDisbursement } from '../services/record-disbursement.js';
import { saveAppeal } from '../services/save-appeal.js';
import { procedureFor, router } from '../trpc.js';

const ZAppealRef = z.object({ appealId: ZId });
const ZPledgeRef = z.object({ pledgeId: ZId });
const ZReceiveInput = ZAppealRef.extend({
  receipts: z
    .array(
      z.object({
        pledgeId: ZId,
        version: ZVersion,
        amount: ZAmount,
        receivedOn: ZIsoDate,
        statementRow: z.int().min(1).max(1_000_000).nullable().default(null),
      }),
    )
    .min(1)
    .max(5_000),
});
const ZStatementInput = ZAppealRef.extend({
  fileName: ZSafeLine.min(1).max(200),
  // Base64 of at most 2 MB.
  contentBase64: z.base64().max(Math.ceil((STATEMENT_MAX_BYTES * 4) / 3) + 4),
});

export const appealsRouter = router({
  list: procedureFor('appeal.read').query(({ ctx }) => listAppeals(ctx.db, ctx.scope)),
  save: procedureFor('appeal.manage')
    .input(ZAppealInput)
    .mutation(async ({ ctx, input }) => {
      const appeal = await saveAppeal(ctx.db, ctx.scope, input);
      ctx.onFactsChanged([appeal.unitId]);
      return appeal;
    }),
  pledges: procedureFor('appeal.read')
    .input(ZAppealRef)
    .query(async ({ ctx, input }) => {
      await loadAppealFor(ctx.db, ctx.scope, 'appeal.read', input.appealId);
      return listAppealPledges(ctx.db, ctx.user.role, input.appealId);
    }),
  receive: procedureFor('appeal.reconcile')
    .input(ZReceiveInput)
    .mutation(async ({ ctx, input }) => {
      const appeal = await loadAppealFor(ctx.db, ctx.scope, 'appeal.reconcile', input.appealId);
      const result = await receivePledges(ctx.db, ctx.scope, appeal, input.receipts);
      ctx.onFactsChanged([appeal.unit_id]);
      return result;
    }),
  previewStatement: procedureFor('appeal.reconcile')
    .input(ZStatementInput)
    .mutation(async ({ ctx, input }) => {
      await loadAppealFor(ctx.db, ctx.scope, 'appeal.reconcile', input.appealId);
      const bytes = Buffer.from(input.contentBase64, 'base64');
      if (bytes.length === 0) throw badRequest({ vi: 'Tệp trống', en: 'The file is empty' });
      return previewStatement(ctx.db, input.appealId, { fileName: input.fileName, bytes });
    }),
  recordDisbursement: procedureFor('appeal.reconcile')
    .input(ZDisbursementInput)
    .mutation(async ({ ctx, input }) => {
      const appeal = await loadAppealFor(ctx.db, ctx.scope, 'appeal.reconcile', input.appealId);
      const result = await recordDisbursement(ctx.db, ctx.scope, appeal, input);
      ctx.onFactsChanged([appeal.unit_id]);
      return result;
    }),
  exportPledgeData: procedureFor('pledge.seeContacts')
    .input(ZPledgeRef)
    .query(({ ctx, input }) => exportPledgeData(ctx.db, ctx.scope, input.pledgeId)),
  erasePledge: procedureFor('pledge.erase')
    .input(ZPledgeRef)
    .mutation(async ({ ctx, input }) => {
      const result = await erasePledge(ctx.db, ctx.scope, input.pledgeId);
      ctx.onFactsChanged([result.unitId]);
      return { id: result.id, erased: result.erased };
    }),
});
