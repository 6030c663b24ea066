// Frozen migration: the audit chain is sealed after commit instead of inside every write
// (decision 7). Events take their seq from a sequence, with no lock, and are queued in
// audit_pending by the statement that appends them; a sealer later writes their place in
// the chain to audit_seal. audit_event and audit_seal are both append-only; the queue is
// the one table rows leave (an event neither sealed nor queued fails verification).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const steps = [
    sql`CREATE SEQUENCE audit_event_seq_seq OWNED BY audit_event.seq`,
    sql`SELECT setval('audit_event_seq_seq', GREATEST((SELECT max(seq) FROM audit_event), (SELECT seq FROM audit_head WHERE id = 1), 0) + 1, false)`,
    sql`ALTER TABLE audit_event ALTER COLUMN seq SET DEFAULT nextval('audit_event_seq_seq')`,
    // The seals move out of the event rows: sealing then inserts a narrow row instead of
    // rewriting a wide one. Events chained so far were chained in seq order.
    // format 1: the payload hashed is Node's canonical JSON of the event (before 0005);
    // format 2: audit_event_payload(), PostgreSQL's own text of the event.
    sql`CREATE TABLE audit_seal (
      chain_pos bigint PRIMARY KEY,
      seq bigint NOT NULL UNIQUE,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      format smallint NOT NULL DEFAULT 2 CHECK (format IN (1, 2))
    )`,
    sql`INSERT INTO audit_seal (chain_pos, seq, prev_hash, hash, format)
      SELECT seq, seq, prev_hash, hash, 1 FROM audit_event`,
    sql`ALTER TABLE audit_event DROP COLUMN prev_hash, DROP COLUMN hash`,
    sql`CREATE TABLE audit_pending (seq bigint PRIMARY KEY)`,
    // Everything an event says, as one text: jsonb's output is canonical (keys ordered,
    // fixed spacing), so the sealer and the verifier hash the same bytes without parsing.
    sql.raw(`CREATE FUNCTION audit_event_payload(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT jsonb_build_array(
        to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_id, e.action, e.entity, e.entity_id, e.unit_id, e.before, e.after
      )::text
    $$`),
    sql.raw(`CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END;
    $$`),
    sql`CREATE TRIGGER audit_seal_no_update_delete BEFORE UPDATE OR DELETE ON audit_seal
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    sql`CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    // An append-only log is written in time order: a BRIN index answers date filters at a
    // fraction of a B-tree's cost per insert.
    sql`DROP INDEX audit_event_at_idx`,
    sql`CREATE INDEX audit_event_at_brin ON audit_event USING brin (at)`,
  ];
  for (const step of steps) await step.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0005-audit-sealed-after-commit is not reversible');
}
