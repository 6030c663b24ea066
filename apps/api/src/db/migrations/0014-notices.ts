// Frozen migration: notices (đôn đốc, issue 13) and the account tokens that mail makes
// possible. `notices` is the outbox: a notice is written in the transaction of the change
// that causes it, or by the scheduler, and its unique key (recipient, kind, subject,
// period) is what makes each one go out at most once, whatever number of replicas race to
// write it (decision 23). `notice_deliveries` holds one row per notice and channel, claimed
// with FOR UPDATE SKIP LOCKED.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      recipient_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL CHECK (kind IN
        ('due_soon','overdue','escalation','review_waiting','returned','digest')),
      subject_key text NOT NULL,
      period_key text NOT NULL,
      unit_id uuid REFERENCES units(id),
      title jsonb NOT NULL,
      body jsonb NOT NULL,
      link text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      CONSTRAINT notices_once UNIQUE (recipient_id, kind, subject_key, period_key)
    )
  `.execute(db);
  await sql`CREATE INDEX notices_recipient ON notices (recipient_id, created_at DESC)`.execute(db);
  await sql`
    CREATE TABLE notice_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notice_id uuid NOT NULL REFERENCES notices(id),
      channel text NOT NULL CHECK (channel IN ('email','zalo')),
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending','sending','sent','failed','skipped')),
      attempts integer NOT NULL DEFAULT 0,
      not_before timestamptz NOT NULL,
      lease_until timestamptz,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT notice_deliveries_once UNIQUE (notice_id, channel)
    )
  `.execute(db);
  await sql`CREATE INDEX notice_deliveries_due ON notice_deliveries (not_before)
    WHERE status = 'pending'`.execute(db);
  await sql`
    CREATE TABLE notice_preferences (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      lang text NOT NULL DEFAULT 'vi' CHECK (lang IN ('vi','en')),
      email boolean NOT NULL DEFAULT true,
      zalo boolean NOT NULL DEFAULT false,
      zalo_user_id text NOT NULL DEFAULT '',
      quiet_start smallint NOT NULL DEFAULT 1260 CHECK (quiet_start BETWEEN 0 AND 1439),
      quiet_end smallint NOT NULL DEFAULT 420 CHECK (quiet_end BETWEEN 0 AND 1439),
      digest boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`
    CREATE TABLE notice_settings (
      province_id uuid PRIMARY KEY REFERENCES units(id),
      rules jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  // Where mail goes when no SMTP server is configured (the demo): an administrator sees
  // exactly what would have been sent.
  await sql`
    CREATE TABLE demo_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      headers jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  // Reset and invitation links: the database keeps only the token's SHA-256.
  await sql`
    CREATE TABLE password_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      purpose text NOT NULL CHECK (purpose IN ('reset','invite')),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX password_tokens_user ON password_tokens (user_id, created_at)`.execute(db);
  // Keys the server signs with (unsubscribe links), made once per database so every
  // replica signs alike without another setting.
  await sql`CREATE TABLE app_secrets (name text PRIMARY KEY, secret text NOT NULL)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0014-notices is not reversible');
}
