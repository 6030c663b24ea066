// Seals committed audit events into the hash chain, in the order the sealer finds them in
// its queue (decision 7). The head is advanced with a compare-and-set on its old position
// and hash, in the same statement that writes the seals and empties the queue, so two
// sealers (two replicas, or the app and the CLI) can never fork the chain: the loser
// writes nothing and reads again.
import { type Kysely, sql } from 'kysely';
import { PREPARED } from '../db/prepared-statements.js';
import type { Database } from '../db/schema.js';
import { hashAuditPayload } from './audit-hash.js';

const BATCH = 500;

interface PendingRow {
  head_pos: number;
  head_hash: string;
  seq: number | null;
  payload: string;
}

/** Seals every event committed so far; returns how many it sealed. */
export async function sealAuditEvents(db: Kysely<Database>): Promise<number> {
  let sealed = 0;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const { rows } = await sql<PendingRow>`${PREPARED}
      SELECT h.seq AS head_pos, h.last_hash AS head_hash, e.*
      FROM audit_head h
      LEFT JOIN LATERAL (
        -- The oldest queued seqs first, then each event by its key. Written so that no plan
        -- can read the whole log (a merge or hash join did, once per batch): the plan of a
        -- prepared statement is made once, while the tables are still small.
        SELECT e.seq, audit_event_payload(e) AS payload
        FROM (SELECT seq FROM audit_pending ORDER BY seq LIMIT ${sql.lit(BATCH)}) p
        CROSS JOIN LATERAL (SELECT * FROM audit_event WHERE seq = p.seq LIMIT 1) e
        ORDER BY p.seq
      ) e ON true
      WHERE h.id = 1`.execute(db);
    const head = rows[0];
    if (!head || head.seq === null) return sealed;
    const headPos = Number(head.head_pos);
    const seals: { seq: number; pos: number; prev: string; hash: string }[] = [];
    for (const [i, row] of rows.entries()) {
      const pos = headPos + i + 1;
      const prev = seals.at(-1)?.hash ?? head.head_hash;
      seals.push({
        seq: Number(row.seq),
        pos,
        prev,
        hash: hashAuditPayload(row.payload, pos, prev),
      });
    }
    const last = seals.at(-1) as (typeof seals)[number];
    const { rows: outcome } = await sql<{ moved: number; sealed: number }>`${PREPARED}
      WITH head AS (
        UPDATE audit_head SET seq = ${last.pos}, prev_hash = ${last.prev}, last_hash = ${last.hash}
        WHERE id = 1 AND seq = ${headPos} AND last_hash = ${head.head_hash}
        RETURNING 1
      ), sealed AS (
        INSERT INTO audit_seal (chain_pos, seq, prev_hash, hash)
        SELECT v.pos, v.seq, v.prev, v.hash
        FROM jsonb_to_recordset(${JSON.stringify(seals)}::jsonb) AS v(seq bigint, pos bigint, prev text, hash text)
        WHERE EXISTS (SELECT 1 FROM head)
        RETURNING seq
      ), dequeued AS (
        DELETE FROM audit_pending WHERE seq = ANY (ARRAY(SELECT seq FROM sealed))
      )
      SELECT (SELECT count(*) FROM head)::int AS moved, (SELECT count(*) FROM sealed)::int AS sealed`.execute(
      db,
    );
    const { moved, sealed: count } = outcome[0] as { moved: number; sealed: number };
    // Not moved: another sealer advanced the head first; read again from its new position.
    if (moved === 0) continue;
    sealed += count;
    if (rows.length < BATCH) return sealed;
  }
  throw new Error('audit seal: the head kept moving');
}
