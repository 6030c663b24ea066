// Recomputes every sealed audit event's hash from its stored columns and checks the links.
// Any edited, removed or reordered sealed event breaks the chain at that event. Events not
// yet sealed (committed a moment ago, decision 7) are counted, and each must be waiting in
// the sealer's queue: one that is neither sealed nor queued was taken out of the chain's way.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  hashAuditPayload,
  hashFirstAuditEvent,
  hashLegacyAuditEvent,
  type StoredAuditFields,
} from './audit-hash.js';

type Why = 'hash' | 'link' | 'gap' | 'head' | 'missing' | 'lost';
export type AuditChainResult =
  | { isValid: true; count: number; unsealed: number }
  | { isValid: false; count: number; unsealed: number; brokenAtSeq: number; why: Why };

const PAGE = 1000;

interface SealedRow extends StoredAuditFields {
  chain_pos: number;
  sealed_seq: number;
  prev_hash: string;
  hash: string;
  format: 1 | 2;
  seq: number | null;
  payload: string;
}

/** Whether the seal's hash is the one its event and links give, by the seal's format. A
 *  format 1 seal was copied by migration 0005 from before it, when one of two formulas was
 *  in use depending on the commit that wrote the event (decision 10). */
const isSealIntact = (row: SealedRow, chainPos: number, prevHash: string) =>
  row.format === 1
    ? hashLegacyAuditEvent(row, chainPos, prevHash) === row.hash ||
      hashFirstAuditEvent(row, chainPos, prevHash) === row.hash
    : hashAuditPayload(row.payload, chainPos, prevHash) === row.hash;

/** Reads the whole chain in one snapshot, so writers and the sealer working meanwhile
 *  cannot make a sound chain look broken (events read by one page and a head read later). */
export function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainResult> {
  return db.transaction().setIsolationLevel('repeatable read').execute(verifyInSnapshot);
}

async function verifyInSnapshot(db: Kysely<Database>): Promise<AuditChainResult> {
  const { unsealed } = await db
    .selectFrom('audit_pending')
    .select((eb) => eb.fn.countAll<number>().as('unsealed'))
    .executeTakeFirstOrThrow();
  const broken = (count: number, brokenAtSeq: number, why: Why) =>
    ({ isValid: false, count, unsealed: Number(unsealed), brokenAtSeq, why }) as const;
  let prevHash = 'genesis';
  let expectedPos = 1;
  for (;;) {
    const { rows } = await sql<SealedRow>`
      SELECT s.chain_pos, s.seq AS sealed_seq, s.prev_hash, s.hash, s.format, e.*,
        audit_event_payload(e) AS payload
      FROM audit_seal s LEFT JOIN audit_event e ON e.seq = s.seq
      WHERE s.chain_pos >= ${expectedPos} ORDER BY s.chain_pos LIMIT ${PAGE}`.execute(db);
    for (const row of rows) {
      const count = expectedPos - 1;
      const seq = Number(row.sealed_seq);
      if (Number(row.chain_pos) !== expectedPos) return broken(count, seq, 'gap');
      if (row.seq === null) return broken(count, seq, 'missing');
      if (row.prev_hash !== prevHash) return broken(count, seq, 'link');
      if (!isSealIntact(row, expectedPos, prevHash)) return broken(count, seq, 'hash');
      prevHash = row.hash;
      expectedPos += 1;
    }
    if (rows.length < PAGE) break;
  }
  const count = expectedPos - 1;
  const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
  if (Number(head.seq) !== count || head.last_hash !== prevHash) return broken(count, 0, 'head');
  const { rows: lost } = await sql<{ seq: number }>`
    SELECT e.seq FROM audit_event e
    WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = e.seq)
      AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.seq = e.seq)
    ORDER BY e.seq LIMIT 1`.execute(db);
  if (lost[0]) return broken(count, Number(lost[0].seq), 'lost');
  return { isValid: true, count, unsealed: Number(unsealed) };
}
