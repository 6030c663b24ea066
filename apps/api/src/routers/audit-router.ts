// The audit log for administrators: who changed what, when; filterable, newest first.
import { ZId, ZIsoDate } from '@lantoa/domain';
import { sql } from 'kysely';
import { z } from 'zod';
import { unitInScope } from '../access/unit-scope.js';
import { listAuditEvents } from '../services/list-audit-events.js';
import { sealAuditEvents } from '../services/seal-audit-events.js';
import { verifyAuditChain } from '../services/verify-audit-chain.js';
import { procedureFor, router } from '../trpc.js';

export const ZAuditQuery = z.object({
  entity: z.enum(['unit', 'user', 'report', 'story', 'record', 'ambassador']).optional(),
  actorId: ZId.optional(),
  unitId: ZId.optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const auditRouter = router({
  list: procedureFor('audit.read')
    .input(ZAuditQuery)
    .query(({ ctx, input }) => {
      // An event is the province's by its unit or, with none (sign-ins, campaigns), its
      // actor's unit; events of no one's unit (seeding) stay with whoever runs the deployment.
      const ofUnit = (column: string) =>
        unitInScope('audit.read', ctx.user, sql.ref(column), ctx.today);
      const inScope = sql<boolean>`(CASE WHEN a.unit_id IS NOT NULL THEN ${ofUnit('a.unit_id')}
        WHEN u.unit_id IS NOT NULL THEN ${ofUnit('u.unit_id')} ELSE FALSE END)`;
      return listAuditEvents(ctx.db, input, inScope);
    }),
  // Seals what has committed first (the sealer would a moment later; sealing changes no
  // event's content), so the answer covers every event written before the click.
  verify: procedureFor('audit.read').query(async ({ ctx }) => {
    await sealAuditEvents(ctx.db);
    return verifyAuditChain(ctx.db);
  }),
});
