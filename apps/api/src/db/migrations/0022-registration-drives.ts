// Frozen migration: registration drives (a unit's call for volunteers, blood donors for a
// blood-donation day, or people for an event) and the registrations the public form sends,
// stored with the consent version they were given under, like pledges (decision 28).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE registration_drives (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      code text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('volunteer', 'blood-donation', 'event')),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      place text NOT NULL,
      capacity integer CHECK (capacity IS NULL OR capacity > 0),
      is_open boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )
  `.execute(db);
  await sql`CREATE INDEX registration_drives_unit ON registration_drives (unit_id)`.execute(db);
  await sql`
    CREATE TABLE registrations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      drive_id uuid NOT NULL REFERENCES registration_drives(id),
      display_name text,
      contact_email text,
      contact_phone text,
      consent_version text NOT NULL,
      consented_at timestamptz NOT NULL DEFAULT now(),
      erased_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )
  `.execute(db);
  await sql`CREATE INDEX registrations_drive ON registrations (drive_id, created_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0022-registration-drives is not reversible');
}
