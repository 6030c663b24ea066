// Appends one event to the hash-chained audit log, inside the caller's transaction so the
// event exists exactly when the write it describes does. Locking audit_head serialises
// appends: concurrent writers queue here instead of forking the chain.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface AuditInput {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON with object keys sorted at every depth, so a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Dates and other JSON-able objects become what jsonb will store and give back. */
const toStoredJson = (value: unknown): unknown =>
  value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));

export interface HashedFields {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export function hashAuditEvent(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

export async function appendAuditEvent(trx: Kysely<Database>, input: AuditInput): Promise<number> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  const fields: HashedFields = {
    seq: Number(head.seq),
    at: new Date().toISOString(),
    actorId: input.actorId,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    unitId: input.unitId ?? null,
    before: toStoredJson(input.before),
    after: toStoredJson(input.after),
    prevHash: head.last_hash,
  };
  const hash = hashAuditEvent(fields);
  // One round trip for the row and the new head: the head's lock is held until commit,
  // so every statement saved here is throughput for all writers.
  await trx
    .with('event', (db) =>
      db.insertInto('audit_event').values({
        seq: fields.seq,
        at: fields.at,
        actor_id: fields.actorId,
        action: fields.action,
        entity: fields.entity,
        entity_id: fields.entityId,
        unit_id: fields.unitId,
        before: fields.before === null ? null : JSON.stringify(fields.before),
        after: fields.after === null ? null : JSON.stringify(fields.after),
        prev_hash: fields.prevHash,
        hash,
      }),
    )
    .updateTable('audit_head')
    .set({ last_hash: hash })
    .where('id', '=', 1)
    .execute();
  return fields.seq;
}
