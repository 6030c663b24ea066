// Frozen migration: the commune-level chapter becomes a unit kind (the 1 July 2025 reform),
// and amendments to the plan are stored, one row per amendment, its changes as JSON that
// the domain's schema validates (decision 15). Rows are never deleted: a withdrawn
// amendment keeps its row with withdrawn_at set.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE units DROP CONSTRAINT IF EXISTS units_kind_check`.execute(db);
  await sql`
    ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN
      ('province','province_board','district','commune','grassroots_province','grassroots'))
  `.execute(db);
  await sql`
    CREATE TABLE plan_amendments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id text NOT NULL,
      effective_on date NOT NULL,
      legal_number text NOT NULL,
      legal_issued_on date NOT NULL,
      legal_issuer text NOT NULL,
      summary text NOT NULL,
      changes jsonb NOT NULL,
      is_sample boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz,
      withdrawn_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      CHECK (jsonb_typeof(changes) = 'array')
    )
  `.execute(db);
  await sql`CREATE INDEX plan_amendments_plan_date ON plan_amendments (plan_id, effective_on)`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('0008-plan-amendments is not reversible');
}
