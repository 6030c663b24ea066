// Frozen migration: the dated ancestor (closure) table that access scope is computed from
// (decision 17), kept by triggers in the same transaction as every change of a link or of
// a unit's dates; and stories' last editor, which four eyes needs.
//
// A row (unit, ancestor, depth, valid_from, valid_to) says `ancestor` is `depth` links above
// `unit` on the days in [valid_from, valid_to): the intersection of the links' validity and
// of both units' opening. Depth 0 is the unit itself while it is open.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const steps = [
    sql`CREATE TABLE unit_ancestors (
      unit_id uuid NOT NULL REFERENCES units(id),
      ancestor_id uuid NOT NULL REFERENCES units(id),
      depth integer NOT NULL CHECK (depth >= 0),
      valid_from date NOT NULL,
      valid_to date,
      PRIMARY KEY (unit_id, ancestor_id, valid_from)
    )`,
    sql`CREATE INDEX unit_ancestors_ancestor_idx ON unit_ancestors (ancestor_id, unit_id)`,
    // Rebuilds the rows of the changed units and of every unit that was ever below them
    // (through any link, at any date): only those rows can depend on the change.
    sql`CREATE FUNCTION refresh_unit_ancestors(changed uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE affected uuid[];
      BEGIN
        WITH RECURSIVE below(id) AS (
          SELECT unnest(changed)
          UNION
          SELECT l.unit_id FROM unit_links l JOIN below ON l.parent_id = below.id
        ) SELECT array_agg(id) INTO affected FROM below;
        DELETE FROM unit_ancestors WHERE unit_id = ANY(affected);
        INSERT INTO unit_ancestors (unit_id, ancestor_id, depth, valid_from, valid_to)
        WITH RECURSIVE up AS (
          SELECT u.id AS unit_id, u.id AS ancestor_id, 0 AS depth,
            u.opened_on AS valid_from, COALESCE(u.closed_on, 'infinity'::date) AS valid_to
          FROM units u WHERE u.id = ANY(affected) AND u.opened_on < COALESCE(u.closed_on, 'infinity')
          UNION ALL
          SELECT up.unit_id, l.parent_id, up.depth + 1,
            GREATEST(up.valid_from, l.valid_from, p.opened_on),
            LEAST(up.valid_to, COALESCE(l.valid_to, 'infinity'), COALESCE(p.closed_on, 'infinity'))
          FROM up
          JOIN unit_links l ON l.unit_id = up.ancestor_id
          JOIN units p ON p.id = l.parent_id
          WHERE up.depth < 32
            AND GREATEST(up.valid_from, l.valid_from, p.opened_on)
              < LEAST(up.valid_to, COALESCE(l.valid_to, 'infinity'), COALESCE(p.closed_on, 'infinity'))
        )
        SELECT unit_id, ancestor_id, depth, valid_from, NULLIF(valid_to, 'infinity'::date) FROM up
        ON CONFLICT DO NOTHING;
      END $$`,
    sql`CREATE FUNCTION unit_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM refresh_unit_ancestors(ARRAY[OLD.unit_id]); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM refresh_unit_ancestors(ARRAY[NEW.unit_id]); END IF;
        RETURN NULL;
      END $$`,
    sql`CREATE TRIGGER unit_links_keep_ancestors AFTER INSERT OR UPDATE OR DELETE ON unit_links
      FOR EACH ROW EXECUTE FUNCTION unit_links_changed()`,
    sql`CREATE FUNCTION units_dates_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_unit_ancestors(ARRAY[NEW.id]);
        RETURN NULL;
      END $$`,
    sql`CREATE TRIGGER units_keep_ancestors AFTER INSERT OR UPDATE OF opened_on, closed_on
      ON units FOR EACH ROW EXECUTE FUNCTION units_dates_changed()`,
    sql`SELECT refresh_unit_ancestors(ARRAY(SELECT id FROM units))`,
    sql`ALTER TABLE stories ADD COLUMN updated_by uuid REFERENCES users(id)`,
    sql`UPDATE stories SET updated_by = author_id`,
  ];
  for (const step of steps) await step.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0007-unit-ancestors is not reversible');
}
