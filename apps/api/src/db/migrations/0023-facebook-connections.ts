// Frozen migration: Facebook pages checked for real (issue 17, decision 29).
// `facebook_connections` holds one connected page record's Page access token, encrypted
// (AES-256-GCM; the key is in the environment, never here), and when the daily check is
// next due: the job claims due rows with FOR UPDATE SKIP LOCKED. `facebook_page_checks`
// keeps what every check found, dated by the Vietnam day: at most one successful check per
// page and day (the partial unique index, whatever the number of replicas), and every
// failure, so an expired token or a deleted page is shown rather than lost. Both belong to
// the page record and go with it when it is deleted; disconnecting deletes the token only.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE facebook_connections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      facebook_page_id uuid NOT NULL UNIQUE REFERENCES facebook_pages(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES units(id),
      graph_page_id text NOT NULL,
      token_ciphertext text NOT NULL,
      token_key_id text NOT NULL,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','needs_token')),
      next_check_at timestamptz NOT NULL DEFAULT now(),
      retries integer NOT NULL DEFAULT 0,
      connected_by uuid NOT NULL REFERENCES users(id),
      connected_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX facebook_connections_due ON facebook_connections (next_check_at)
    WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX facebook_connections_unit ON facebook_connections (unit_id)`.execute(db);
  await sql`
    CREATE TABLE facebook_page_checks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      facebook_page_id uuid NOT NULL REFERENCES facebook_pages(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES units(id),
      checked_on date NOT NULL,
      checked_at timestamptz NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('ok','token_invalid','token_unreadable',
        'rate_limited','page_unavailable','unavailable','refused')),
      graph_page_id text,
      name text,
      category text,
      verification_status text,
      follower_count integer,
      window_days integer,
      recent_post_count integer,
      last_post_on date,
      error_code integer,
      error_message text,
      CHECK (outcome <> 'ok' OR (name IS NOT NULL AND recent_post_count IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX facebook_page_checks_once ON facebook_page_checks
    (facebook_page_id, checked_on) WHERE outcome = 'ok'`.execute(db);
  await sql`CREATE INDEX facebook_page_checks_page ON facebook_page_checks
    (facebook_page_id, checked_at DESC)`.execute(db);
  await sql`CREATE INDEX facebook_page_checks_unit ON facebook_page_checks (unit_id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0023-facebook-connections is not reversible');
}
