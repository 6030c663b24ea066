// Recomputes every audit event's hash from its stored columns and checks the links.
// Any edited, removed or reordered row breaks the chain at that row.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { hashAuditEvent } from './append-audit-event.js';

export type AuditChainResult =
  | { isValid: true; count: number }
  | { isValid: false; count: number; brokenAtSeq: number; why: 'hash' | 'link' | 'gap' | 'head' };

const PAGE = 1000;

/** Reads the whole chain in one snapshot, so writers appending meanwhile cannot make a
 *  sound chain look broken (events read by one page and a head read later). */
export function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainResult> {
  return db.transaction().setIsolationLevel('repeatable read').execute(verifyInSnapshot);
}

async function verifyInSnapshot(db: Kysely<Database>): Promise<AuditChainResult> {
  let prevHash = 'genesis';
  let expectedSeq = 1;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const count = expectedSeq - 1;
      if (seq !== expectedSeq)
        return { isValid: false, count, brokenAtSeq: expectedSeq, why: 'gap' };
      if (row.prev_hash !== prevHash)
        return { isValid: false, count, brokenAtSeq: seq, why: 'link' };
      const hash = hashAuditEvent({
        seq,
        at: new Date(row.at).toISOString(),
        actorId: row.actor_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        unitId: row.unit_id,
        before: row.before ?? null,
        after: row.after ?? null,
        prevHash: row.prev_hash,
      });
      if (hash !== row.hash) return { isValid: false, count, brokenAtSeq: seq, why: 'hash' };
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < PAGE) break;
  }
  const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
  const count = expectedSeq - 1;
  if (Number(head.seq) !== count || head.last_hash !== prevHash) {
    return { isValid: false, count, brokenAtSeq: count + 1, why: 'head' };
  }
  return { isValid: true, count };
}
