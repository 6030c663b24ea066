// Frozen migration: the initial schema. Never edit after release; add a new file instead.
// Imports nothing from the app so it always means the same thing.
import { type Kysely, sql } from 'kysely';

/**
 * PGlite's extended protocol takes one statement per query, so a script is split at
 * semicolons that end a line outside dollar-quoted bodies. The scripts are constants.
 */
async function runScript(db: Kysely<unknown>, script: string): Promise<void> {
  let inBody = false;
  let current = '';
  for (const line of script.split('\n')) {
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    current += `${line}\n`;
    if (!inBody && /;\s*$/.test(line)) {
      await sql.raw(current).execute(db);
      current = '';
    }
  }
  if (current.trim() !== '') await sql.raw(current).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('province','province_board','district','grassroots_province','grassroots')),
      opened_on date NOT NULL,
      closed_on date,
      merged_into uuid REFERENCES units(id),
      is_sample boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (closed_on IS NULL OR closed_on >= opened_on)
    );
    -- valid_to is exclusive: a link holds on dates d with valid_from <= d < valid_to.
    CREATE TABLE unit_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      parent_id uuid NOT NULL REFERENCES units(id),
      valid_from date NOT NULL,
      valid_to date,
      CHECK (valid_to IS NULL OR valid_to > valid_from),
      CHECK (unit_id <> parent_id)
    );
    CREATE INDEX unit_links_unit_idx ON unit_links (unit_id, valid_from);
    CREATE INDEX unit_links_parent_idx ON unit_links (parent_id, valid_from);

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin','reviewer','cadre','viewer')),
      unit_id uuid NOT NULL REFERENCES units(id),
      password_hash text NOT NULL,
      is_disabled boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      indicator text NOT NULL,
      period_key text NOT NULL,
      status text NOT NULL CHECK (status IN ('draft','submitted','approved','returned')),
      claims_met boolean NOT NULL DEFAULT false,
      value double precision,
      note text NOT NULL DEFAULT '',
      links jsonb NOT NULL DEFAULT '[]',
      review_comment text,
      submitted_at timestamptz,
      reviewed_at timestamptz,
      reviewed_by uuid REFERENCES users(id),
      created_by uuid NOT NULL REFERENCES users(id),
      updated_by uuid NOT NULL REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (unit_id, indicator, period_key)
    );
    CREATE INDEX reports_status_idx ON reports (status);
    CREATE TABLE report_files (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id uuid NOT NULL REFERENCES reports(id),
      file_name text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      sha256 text NOT NULL,
      data bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX report_files_report_idx ON report_files (report_id);
  `,
  );
  await createRecordTables(db);
  await createAuditTable(db);
}

async function createRecordTables(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE TABLE code_of_conduct_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      held_on date NOT NULL,
      title text NOT NULL,
      participants integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE communication_staff (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      name text NOT NULL,
      has_smartphone_skill boolean NOT NULL DEFAULT false,
      since date NOT NULL,
      until date,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE facebook_pages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      url text NOT NULL,
      name text NOT NULL,
      is_fanpage boolean NOT NULL DEFAULT false,
      created_on date NOT NULL,
      last_post_on date,
      recent_post_count integer NOT NULL DEFAULT 0,
      last_checked_on date NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE training_courses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      held_on date NOT NULL,
      title text NOT NULL,
      participants integer NOT NULL DEFAULT 0,
      level text NOT NULL DEFAULT 'district',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE campaigns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('campaign','contest')),
      organiser text NOT NULL CHECK (organiser IN ('central','province')),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      target_kinds jsonb NOT NULL DEFAULT '[]',
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on >= starts_on)
    );
    CREATE TABLE campaign_participations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES campaigns(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      participated_on date NOT NULL,
      evidence_url text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (campaign_id, unit_id)
    );
    CREATE TABLE publications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      title text NOT NULL,
      series text NOT NULL CHECK (series IN ('nguoi-tot-viec-thien','other')),
      kind text NOT NULL DEFAULT 'publication',
      published_on date NOT NULL,
      url text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE app_milestones (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      milestone text NOT NULL CHECK (milestone IN ('requirements','content','pilot','launch')),
      reached_on date NOT NULL,
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (unit_id, milestone)
    );
    CREATE TABLE ambassadors (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      field text NOT NULL,
      channels jsonb NOT NULL DEFAULT '[]',
      photo_url text,
      contact_email text,
      contact_phone text,
      status text NOT NULL CHECK (status IN ('invited','active','paused','ended')),
      term_from date,
      term_to date,
      erased_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE ambassador_units (
      ambassador_id uuid NOT NULL REFERENCES ambassadors(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      program text NOT NULL DEFAULT '',
      PRIMARY KEY (ambassador_id, unit_id, program)
    );
    CREATE TABLE ambassador_appearances (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ambassador_id uuid NOT NULL REFERENCES ambassadors(id),
      appeared_on date NOT NULL,
      event text NOT NULL,
      kind text NOT NULL,
      reach integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE ambassador_consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ambassador_id uuid NOT NULL REFERENCES ambassadors(id),
      purpose text NOT NULL,
      consented_on date NOT NULL,
      document_ref text NOT NULL,
      withdrawn_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE stories (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES units(id),
      slug text NOT NULL UNIQUE,
      title text NOT NULL,
      summary text NOT NULL DEFAULT '',
      body_html text NOT NULL DEFAULT '',
      cover_image_url text,
      tags jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL CHECK (status IN ('draft','review','published')),
      published_at timestamptz,
      author_id uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX stories_unit_published_idx ON stories (unit_id, status, published_at DESC);
  `,
  );
}

async function createAuditTable(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- One row holds the chain's head; appending locks it, so appends are serialised
    -- and the chain never forks under concurrent writers.
    CREATE TABLE audit_head (
      id integer PRIMARY KEY CHECK (id = 1),
      seq bigint NOT NULL,
      last_hash text NOT NULL
    );
    INSERT INTO audit_head (id, seq, last_hash) VALUES (1, 0, 'genesis');
    CREATE TABLE audit_event (
      seq bigint PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      unit_id uuid,
      before jsonb,
      after jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL
    );
    CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id);
    CREATE INDEX audit_event_at_idx ON audit_event (at);
    CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
    CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('0001-initial is not reversible');
}
