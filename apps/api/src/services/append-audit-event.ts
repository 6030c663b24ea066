// Appends one event to the hash-chained audit log, inside the caller's transaction so the
// event exists exactly when the write it describes does. Locking audit_head serialises
// appends: concurrent writers queue there instead of forking the chain.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
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

/** What the hash covers besides the chain links: everything the event says. */
export function auditPayload(f: Omit<HashedFields, 'seq' | 'prevHash'>): string {
  const { at, actorId, action, entity, entityId, unitId, before, after } = f;
  return canonicalJson({ at, actorId, action, entity, entityId, unitId, before, after });
}

/** sha256("prevHash|seq|payload"): the same formula runs in SQL when the event is appended. */
export function hashAuditEvent(fields: HashedFields): string {
  return createHash('sha256').update(`${fields.prevHash}|${fields.seq}|${auditPayload(fields)}`).digest('hex');
}

/**
 * One statement: advance the head (its row lock serialises writers until the caller's
 * transaction commits) and insert the event with both hashes. PostgreSQL computes the
 * sha256 from the head it has just locked, so the lock is held for one round trip plus
 * the commit, not for a read-compute-write exchange with Node.
 */
export async function appendAuditEvent(trx: Kysely<Database>, input: AuditInput): Promise<number> {
  const at = new Date().toISOString();
  const before = toStoredJson(input.before);
  const after = toStoredJson(input.after);
  const fields = { at, actorId: input.actorId, action: input.action, entity: input.entity, entityId: input.entityId, unitId: input.unitId ?? null, before, after };
  const payload = auditPayload(fields);
  const row = await trx
    .with('head', (db) =>
      db
        .updateTable('audit_head')
        .set({
          seq: sql`seq + 1`,
          prev_hash: sql`last_hash`,
          last_hash: sql`encode(sha256(convert_to(last_hash || '|' || (seq + 1)::text || '|' || ${payload}::text, 'UTF8')), 'hex')`,
        })
        .where('id', '=', 1)
        .returning(['seq', 'prev_hash', 'last_hash']),
    )
    .insertInto('audit_event')
    .columns(['seq', 'at', 'actor_id', 'action', 'entity', 'entity_id', 'unit_id', 'before', 'after', 'prev_hash', 'hash'])
    .expression((eb) =>
      eb
        .selectFrom('head')
        .select([
          'head.seq',
          sql<Date>`${at}::timestamptz`.as('at'),
          sql<string | null>`${fields.actorId}::uuid`.as('actor_id'),
          sql<string>`${fields.action}::text`.as('action'),
          sql<string>`${fields.entity}::text`.as('entity'),
          sql<string | null>`${fields.entityId}::text`.as('entity_id'),
          sql<string | null>`${fields.unitId}::uuid`.as('unit_id'),
          sql<unknown>`${before === null ? null : JSON.stringify(before)}::jsonb`.as('before'),
          sql<unknown>`${after === null ? null : JSON.stringify(after)}::jsonb`.as('after'),
          sql<string>`head.prev_hash`.as('prev_hash'),
          'head.last_hash',
        ]),
    )
    .returning('seq')
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}
