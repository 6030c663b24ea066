// Frozen migration: reorganisations (a dated set of steps applied all at once, decision 18)
// and dated unit names. A unit's name on a day is its latest unit_names row from that day
// or before, else units.name; units never renamed keep reading units.name as before.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reorganisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      effective_on date NOT NULL,
      title text NOT NULL,
      legal_number text,
      legal_issued_on date,
      legal_issuer text,
      steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
      written jsonb NOT NULL CHECK (jsonb_typeof(written) = 'object'),
      status text NOT NULL CHECK (status IN ('planned','applied','cancelled')),
      is_sample boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      cancelled_by uuid REFERENCES users(id),
      cancelled_at timestamptz
    )
  `.execute(db);
  await sql`CREATE INDEX reorganisations_date ON reorganisations (effective_on)`.execute(db);
  await sql`
    CREATE TABLE unit_names (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      name text NOT NULL,
      valid_from date NOT NULL,
      reorganisation_id uuid REFERENCES reorganisations(id),
      UNIQUE (unit_id, valid_from)
    )
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0009-reorganisations is not reversible');
}
