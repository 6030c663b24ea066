// Appends one event to the audit log, inside the caller's transaction so the event exists
// exactly when the write it describes does. Appending takes no lock: the event gets its
// seq from a sequence and is queued in audit_pending, and sealAuditEvents chains it a
// moment after commit (decision 7), so concurrent writers never wait for one another.
import type { AuditAction } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface AuditInput {
  actorId: string | null;
  /** A code the domain has words for (AUDIT_ACTION_LABELS): a new one must be added there. */
  action: AuditAction;
  entity: string;
  entityId: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** Appends one event and queues it for sealing, in one statement (inside the caller's
 *  transaction). */
export async function appendAuditEvent(trx: Kysely<Database>, input: AuditInput): Promise<number> {
  const row = await trx
    .with('ev', (db) =>
      db
        .insertInto('audit_event')
        .values({
          at: new Date(),
          actor_id: input.actorId,
          action: input.action,
          entity: input.entity,
          entity_id: input.entityId,
          unit_id: input.unitId ?? null,
          before: json(input.before),
          after: json(input.after),
        })
        .returning('seq'),
    )
    .insertInto('audit_pending')
    .expression((eb) => eb.selectFrom('ev').select('seq'))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}
