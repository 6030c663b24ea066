// Frozen migration: fundraising appeals (a unit's call for gifts, with the receiving bank
// account), pledges (a giver's promise, its memo code, consent version and what was
// received), disbursements (how the money was used, with evidence), and the rate-limit
// counters the public forms share across replicas (decision 26). Amounts are whole đồng in
// bigint: a province's appeal can pass int4's 2.1 billion.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE appeals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      code text NOT NULL UNIQUE,
      title text NOT NULL,
      story text NOT NULL,
      target_amount bigint NOT NULL CHECK (target_amount > 0),
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      bank_bin text NOT NULL CHECK (bank_bin ~ '^[0-9]{6}$'),
      account_number text NOT NULL CHECK (account_number ~ '^[A-Za-z0-9]{1,19}$'),
      account_name text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )
  `.execute(db);
  await sql`CREATE INDEX appeals_unit ON appeals (unit_id)`.execute(db);
  await sql`
    CREATE TABLE pledges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      appeal_id uuid NOT NULL REFERENCES appeals(id),
      reference text NOT NULL UNIQUE,
      amount bigint CHECK (amount IS NULL OR amount > 0),
      display_name text,
      contact_email text,
      contact_phone text,
      consent_version text NOT NULL,
      consented_at timestamptz NOT NULL DEFAULT now(),
      received_amount bigint CHECK (received_amount IS NULL OR received_amount > 0),
      received_on date,
      received_by uuid REFERENCES users(id),
      erased_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK ((received_amount IS NULL) = (received_on IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX pledges_appeal_received ON pledges (appeal_id, received_on)`.execute(db);
  await sql`
    CREATE TABLE disbursements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      appeal_id uuid NOT NULL REFERENCES appeals(id),
      spent_on date NOT NULL,
      recipient_group text NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      evidence_url text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX disbursements_appeal ON disbursements (appeal_id, spent_on)`.execute(db);
  await sql`
    CREATE TABLE public_rate_limits (
      bucket text NOT NULL,
      window_start timestamptz NOT NULL,
      hits integer NOT NULL DEFAULT 1,
      PRIMARY KEY (bucket, window_start)
    )
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0017-appeals-and-pledges is not reversible');
}
