// The audit log for administrators: who changed what, when; filterable, newest first,
// paged with an opaque cursor.
import { ZId, ZIsoDate } from '@lantoa/domain';
import { z } from 'zod';
import { pageAuditEvents, ZAuditCursor } from '../services/audit/page-audit-events.js';
import { auditInScope, auditUnitInScope } from '../services/list-audit-events.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { verifyAuditChain } from '../services/verify-audit-chain.js';
import { procedureFor, router } from '../trpc.js';

export const ZAuditQuery = z.object({
  entity: z.enum(['unit', 'user', 'report', 'story', 'record', 'ambassador']).optional(),
  actorId: ZId.optional(),
  unitId: ZId.optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  cursor: ZAuditCursor.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const auditRouter = router({
  list: procedureFor('audit.read')
    .input(ZAuditQuery)
    .query(({ ctx, input }) =>
      pageAuditEvents(ctx.db, input, {
        events: auditInScope(ctx.user, ctx.today),
        units: auditUnitInScope(ctx.user, ctx.today),
      }),
    ),
  // Seals what has committed first (the sealer would a moment later; sealing changes no
  // event's content), so the answer covers every event written before the click.
  verify: procedureFor('audit.read').query(async ({ ctx }) => {
    await sealAuditEvents(ctx.db);
    return verifyAuditChain(ctx.db);
  }),
});
