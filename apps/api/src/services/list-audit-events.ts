// Pages through the audit log by sequence number, with the actor's and unit's names.
import type { IsoDate } from '@lantoa/domain';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';

export interface AuditQuery {
  entity?: string | undefined;
  actorId?: string | undefined;
  unitId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

/** Dates are Vietnamese calendar days: a day starts at 00:00 in UTC+7. */
const dayStart = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

/** `inScope`: the caller's part of the log, over `a` (the event) and `u` (its actor). */
/** An event is the province's by its unit or, with none (sign-ins, campaigns), its actor's
 *  unit; events of no one's unit (seeding) stay with whoever runs the deployment. */
export function auditInScope(user: SessionUser, today: IsoDate): RawBuilder<boolean> {
  const ofUnit = (column: string) => unitInScope('audit.read', user, sql.ref(column), today);
  return sql<boolean>`(CASE WHEN a.unit_id IS NOT NULL THEN ${ofUnit('a.unit_id')}
    WHEN u.unit_id IS NOT NULL THEN ${ofUnit('u.unit_id')} ELSE FALSE END)`;
}

/** The units (`u`) whose names the reader may see in the log: those of the same grant. */
export function auditUnitInScope(user: SessionUser, today: IsoDate): RawBuilder<boolean> {
  return unitInScope('audit.read', user, sql.ref('u.id'), today);
}

export async function listAuditEvents(
  db: Kysely<Database>,
  q: AuditQuery,
  inScope: RawBuilder<boolean>,
) {
  let query = db
    .selectFrom('audit_event as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .leftJoin('units as un', 'un.id', 'a.unit_id')
    .select([
      'a.seq',
      'a.at',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.before',
      'a.after',
      'a.unit_id as unitId',
      'u.name as actorName',
      'un.name as unitName',
    ])
    .where(inScope)
    .orderBy('a.seq', 'desc')
    .limit(q.limit);
  if (q.entity) query = query.where('a.entity', '=', q.entity);
  if (q.actorId) query = query.where('a.actor_id', '=', q.actorId);
  if (q.unitId) query = query.where('a.unit_id', '=', q.unitId);
  if (q.from) query = query.where('a.at', '>=', dayStart(q.from));
  if (q.to) query = query.where('a.at', '<', new Date(dayStart(q.to).getTime() + 86_400_000));
  if (q.beforeSeq) query = query.where('a.seq', '<', q.beforeSeq);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: new Date(r.at).toISOString() }));
}
