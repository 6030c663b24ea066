// Frozen migration: comment threads on reports and stories (issue 16). A reviewer's comment
// was one field (`review_comment`) that the next comment overwrote; `comments` keeps every
// comment with its author and time, written in the same transaction as the review, return,
// approval or publication that carries it, or alone ("add a comment"). The unit is kept
// on the row so a thread is read with the same scope expression as its report or story.
// The old single comments are copied in as the first entry of each thread; the column
// stays, holding the latest comment for the "Returned" notice and older clients.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subject text NOT NULL CHECK (subject IN ('report', 'story')),
      subject_id uuid NOT NULL,
      unit_id uuid NOT NULL REFERENCES units(id),
      author_id uuid REFERENCES users(id),
      action text NOT NULL CHECK (action IN
        ('comment','approve','return','reopen','submit','publish','unpublish','earlier')),
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      -- Order within one instant (a transaction's clock, a test's fixed one): as written.
      seq bigint GENERATED ALWAYS AS IDENTITY
    )
  `.execute(db);
  await sql`CREATE INDEX comments_thread ON comments (subject, subject_id, created_at, seq)`.execute(
    db,
  );
  // Comments written before threads existed: one per report or story that had one, at the
  // time and by the person of its last review (a story kept no reviewer: its last editor).
  await sql`
    INSERT INTO comments (subject, subject_id, unit_id, author_id, action, body, created_at)
    SELECT 'report', id, unit_id, reviewed_by, 'earlier', left(review_comment, 2000),
           coalesce(reviewed_at, updated_at)
    FROM reports WHERE coalesce(btrim(review_comment), '') <> ''
  `.execute(db);
  await sql`
    INSERT INTO comments (subject, subject_id, unit_id, author_id, action, body, created_at)
    SELECT 'story', id, unit_id, updated_by, 'earlier', left(review_comment, 2000), updated_at
    FROM stories WHERE coalesce(btrim(review_comment), '') <> ''
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE comments`.execute(db);
}
