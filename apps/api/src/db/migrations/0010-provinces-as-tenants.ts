// Frozen migration: provinces as tenants (decision 20).
//
// unit_tenants says which province owns each unit: the top of the unit's last placement
// (its root on its last open day, today for an open unit), followed through merged_into
// while that root is closed, so Kiên Giang's units (and their history) belong to An Giang
// from the merger on. Kept by the ancestor refresh of migration 0007, now also run when a
// unit's merged_into changes, in the same transaction as the change. One indexed row per
// unit: the scope check reads two of them, whatever the number of units.
//
// Also: the national role (Trung ương Hội); campaigns owned by one province or by Central
// (NULL), existing ones becoming the province's; ambassadors owned by a province the same
// way; and which plan each province adopted.
import { type Kysely, sql } from 'kysely';

const BASE_PLAN_ID = '48/KH-CTĐKG';

export async function up(db: Kysely<unknown>): Promise<void> {
  const steps = [
    sql`CREATE TABLE unit_tenants (
      unit_id uuid PRIMARY KEY REFERENCES units(id),
      tenant_id uuid NOT NULL REFERENCES units(id)
    )`,
    sql`CREATE INDEX unit_tenants_tenant_idx ON unit_tenants (tenant_id)`,
    sql`CREATE FUNCTION unit_tenant_of(start uuid) RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE cur uuid := start; root uuid; next_id uuid; hops integer := 0;
      BEGIN
        LOOP
          SELECT a.ancestor_id INTO root FROM unit_ancestors a WHERE a.unit_id = cur
            ORDER BY COALESCE(a.valid_to, 'infinity'::date) DESC, a.depth DESC LIMIT 1;
          root := COALESCE(root, cur);
          SELECT u.merged_into INTO next_id FROM units u
            WHERE u.id = root AND u.closed_on IS NOT NULL;
          EXIT WHEN next_id IS NULL OR hops >= 32;
          cur := next_id;
          hops := hops + 1;
        END LOOP;
        RETURN root;
      END $$`,
    // As in 0007, plus: units merged into a changed unit count as changed (their tenant
    // follows it), and every affected unit's tenant is recomputed after its ancestors.
    sql`CREATE OR REPLACE FUNCTION refresh_unit_ancestors(changed uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE affected uuid[];
      BEGIN
        WITH RECURSIVE merged(id) AS (
          SELECT unnest(changed)
          UNION
          SELECT u.id FROM units u JOIN merged ON u.merged_into = merged.id
        ), below(id) AS (
          SELECT id FROM merged
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
        INSERT INTO unit_tenants (unit_id, tenant_id)
          SELECT id, unit_tenant_of(id) FROM unnest(affected) AS a(id)
        ON CONFLICT (unit_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id;
      END $$`,
    sql`DROP TRIGGER units_keep_ancestors ON units`,
    sql`CREATE TRIGGER units_keep_ancestors
      AFTER INSERT OR UPDATE OF opened_on, closed_on, merged_into
      ON units FOR EACH ROW EXECUTE FUNCTION units_dates_changed()`,
    sql`SELECT refresh_unit_ancestors(ARRAY(SELECT id FROM units))`,
    sql`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check`,
    sql`ALTER TABLE users ADD CONSTRAINT users_role_check
      CHECK (role IN ('admin','reviewer','cadre','viewer','national'))`,
    sql`ALTER TABLE campaigns ADD COLUMN province_id uuid REFERENCES units(id)`,
    sql`UPDATE campaigns SET province_id = (
      SELECT t.tenant_id FROM unit_tenants t JOIN units u ON u.id = t.tenant_id
      WHERE u.closed_on IS NULL ORDER BY u.opened_on, u.code LIMIT 1)`,
    sql`CREATE INDEX campaigns_province_idx ON campaigns (province_id)`,
    sql`ALTER TABLE ambassadors ADD COLUMN province_id uuid REFERENCES units(id)`,
    sql`UPDATE ambassadors SET province_id = (
      SELECT t.tenant_id FROM unit_tenants t JOIN units u ON u.id = t.tenant_id
      WHERE u.closed_on IS NULL ORDER BY u.opened_on, u.code LIMIT 1)`,
    sql`CREATE INDEX ambassadors_province_idx ON ambassadors (province_id)`,
    sql`CREATE TABLE plan_adoptions (
      province_id uuid PRIMARY KEY REFERENCES units(id),
      plan_id text NOT NULL UNIQUE,
      template_plan_id text,
      adopted_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    // The deployment's province(s) so far ran plan 48: the oldest open tenant adopts it.
    sql`INSERT INTO plan_adoptions (province_id, plan_id, adopted_on)
      SELECT t.tenant_id, ${BASE_PLAN_ID}, u.opened_on FROM unit_tenants t
      JOIN units u ON u.id = t.tenant_id
      WHERE u.closed_on IS NULL AND u.kind = 'province'
      ORDER BY u.opened_on, u.code LIMIT 1`,
  ];
  for (const step of steps) await step.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0010-provinces-as-tenants is not reversible');
}
