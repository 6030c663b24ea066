// Reorganisations (administrators, decision 18); applyAll because tRPC reserves `apply`. Preview and import are reads that take a
// large body (a list of steps, a file), so they are mutations rather than GET queries.
import {
  ZApplyReorganisationInput,
  ZId,
  ZIsoDate,
  ZReorganisationInput,
  ZSafeLine,
  ZVersion,
} from '@lantoa/domain';
import { z } from 'zod';
import { applyReorganisation } from '../services/apply-reorganisation.js';
import { cancelReorganisation } from '../services/cancel-reorganisation.js';
import { importReorganisation } from '../services/import-reorganisation.js';
import { getReorganisation, listReorganisations } from '../services/list-reorganisations.js';
import { previewReorganisation } from '../services/preview-reorganisation.js';
import { procedureFor, router } from '../trpc.js';

/** 512 KB of file, base64: an official list of a province's communes is a few KB. */
const MAX_FILE_BASE64 = 700_000;

export const reorganisationsRouter = router({
  list: procedureFor('unit.reorganise').query(({ ctx }) => listReorganisations(ctx.db, ctx.today)),
  get: procedureFor('unit.reorganise')
    .input(z.object({ id: ZId }))
    .query(({ ctx, input }) => getReorganisation(ctx.db, input.id, ctx.today)),
  preview: procedureFor('unit.reorganise')
    .input(ZReorganisationInput)
    .mutation(({ ctx, input }) => previewReorganisation(ctx.db, ctx.readable, input)),
  importFile: procedureFor('unit.reorganise')
    .input(
      z.object({
        effectiveOn: ZIsoDate,
        title: ZSafeLine.trim().min(1).max(300),
        fileName: ZSafeLine.min(1).max(255),
        contentBase64: z.base64().max(MAX_FILE_BASE64),
      }),
    )
    .mutation(({ ctx, input }) =>
      importReorganisation(ctx.db, ctx.readable, { ...input, content: input.contentBase64 }),
    ),
  applyAll: procedureFor('unit.reorganise')
    .input(ZApplyReorganisationInput)
    .mutation(async ({ ctx, input }) => {
      const result = await applyReorganisation(ctx.db, ctx.user, input, {
        today: ctx.today,
        readable: ctx.readable,
      });
      // Units closed, moved or renamed: their public badges and JSON say something new.
      ctx.onFactsChanged([]);
      return result.reorganisation;
    }),
  cancel: procedureFor('unit.reorganise')
    .input(z.object({ id: ZId, version: ZVersion }))
    .mutation(async ({ ctx, input }) => {
      const result = await cancelReorganisation(ctx.db, ctx.user, input, ctx.today);
      ctx.onFactsChanged([]);
      return result;
    }),
});
