// Appends one event to the hash-chained audit log, inside the caller's transaction so the
// event exists exactly when the write it describes does. Locking audit_head serialises
// appends: concurrent writers queue there instead of forking the chain.
import { createHash } from 'node:crypto';
import { type Kysely, type QueryCreator, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AnyDb } from './record-kinds.js';

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
  return createHash('sha256')
    .update(`${fields.prevHash}|${fields.seq}|${auditPayload(fields)}`)
    .digest('hex');
}

// biome-ignore lint/suspicious/noExplicitAny: these CTE builders compose with callers' own CTEs.
export type AnyQueryCreator = QueryCreator<any>;

export interface PreparedAuditEvent {
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
  payload: string;
}

export function prepareAuditEvent(input: AuditInput): PreparedAuditEvent {
  const fields = {
    at: new Date().toISOString(),
    actorId: input.actorId,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    unitId: input.unitId ?? null,
    before: toStoredJson(input.before),
    after: toStoredJson(input.after),
  };
  return { ...fields, payload: auditPayload(fields) };
}

/**
 * The CTE that advances the chain's head. Its row lock serialises writers until the
 * transaction (or statement) commits; PostgreSQL computes the sha256 from the head it has
 * just locked. With `onlyIf`, the head moves only when that CTE produced a row, so a
 * write that matched nothing (a stale version) leaves no event.
 */
export function advanceAuditHead(db: AnyQueryCreator, event: PreparedAuditEvent, onlyIf?: string) {
  let update = db
    .updateTable('audit_head')
    .set({
      seq: sql`seq + 1`,
      prev_hash: sql`last_hash`,
      last_hash: sql`encode(sha256(convert_to(last_hash || '|' || (seq + 1)::text || '|' || ${event.payload}::text, 'UTF8')), 'hex')`,
    })
    .where('id', '=', 1);
  if (onlyIf)
    update = update.where(({ exists, selectFrom }) =>
      exists(selectFrom(onlyIf).select(sql`1`.as('one'))),
    );
  return update.returning(['seq', 'prev_hash', 'last_hash']);
}

/** The INSERT of the event, reading seq and hashes from the `head` CTE. */
export function insertAuditEvent(db: AnyQueryCreator, event: PreparedAuditEvent) {
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  return db
    .insertInto('audit_event')
    .columns([
      'seq',
      'at',
      'actor_id',
      'action',
      'entity',
      'entity_id',
      'unit_id',
      'before',
      'after',
      'prev_hash',
      'hash',
    ])
    .expression((eb) =>
      eb
        .selectFrom('head')
        .select([
          'head.seq',
          sql`${event.at}::timestamptz`.as('at'),
          sql`${event.actorId}::uuid`.as('actor_id'),
          sql`${event.action}::text`.as('action'),
          sql`${event.entity}::text`.as('entity'),
          sql`${event.entityId}::text`.as('entity_id'),
          sql`${event.unitId}::uuid`.as('unit_id'),
          sql`${json(event.before)}::jsonb`.as('before'),
          sql`${json(event.after)}::jsonb`.as('after'),
          sql`head.prev_hash`.as('prev_hash'),
          'head.last_hash',
        ]),
    );
}

/** Appends one event in one statement (inside the caller's transaction). */
export async function appendAuditEvent(trx: Kysely<Database>, input: AuditInput): Promise<number> {
  const event = prepareAuditEvent(input);
  const withHead = (trx as unknown as AnyDb).with('head', (db) => advanceAuditHead(db, event));
  const row = await insertAuditEvent(withHead, event).returning('seq').executeTakeFirstOrThrow();
  return Number(row.seq);
}
