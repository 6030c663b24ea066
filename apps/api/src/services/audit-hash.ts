// The formulas of an audit seal's hash (decisions 7 and 10). Today's and the one before
// migration 0005 are sha256("prevHash|chainPos|payload"), differing in the payload text;
// the first commits hashed one canonical JSON object holding the links and the event.
import { createHash } from 'node:crypto';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Format 2 (from migration 0005): the payload is audit_event_payload(e), PostgreSQL's
 *  own text of the event, read as is by the sealer and the verifier. */
export const hashAuditPayload = (payload: string, chainPos: number, prevHash: string) =>
  sha256Hex(`${prevHash}|${chainPos}|${payload}`);

/** JSON with object keys sorted at every depth, so a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Everything a stored event says, as read back from the database. */
export interface StoredAuditFields {
  at: Date | string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: string | null;
  before: unknown;
  after: unknown;
}

/** Format 1 (events chained before migration 0005): the payload is Node's canonical JSON
 *  of the event's values. Kept only to verify those events. */
export function hashLegacyAuditEvent(row: StoredAuditFields, chainPos: number, prevHash: string) {
  const payload = canonicalJson({
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    unitId: row.unit_id,
    before: row.before ?? null,
    after: row.after ?? null,
  });
  return sha256Hex(`${prevHash}|${chainPos}|${payload}`);
}

/** The first commits' formula (until the append moved into SQL): sha256 of the canonical
 *  JSON of the event together with its seq and the previous hash. Migration 0005 copied
 *  those seals as format 1 too, so a format 1 seal may carry either legacy hash. */
export function hashFirstAuditEvent(row: StoredAuditFields, chainPos: number, prevHash: string) {
  return sha256Hex(
    canonicalJson({
      seq: chainPos,
      at: new Date(row.at).toISOString(),
      actorId: row.actor_id,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      unitId: row.unit_id,
      before: row.before ?? null,
      after: row.after ?? null,
      prevHash,
    }),
  );
}
