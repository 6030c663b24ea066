// Who hears of a unit's obligation: its own cadres, and the reviewers and administrators
// whose scope reaches it today (the one scope expression, access/unit-scope.ts), enabled
// accounts only. One query for any number of units.
import type { Audience, IsoDate } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';

export interface Recipient {
  userId: string;
  unitId: string;
  audience: Audience;
}

const ROLE_OF: Record<Audience, 'cadre' | 'reviewer' | 'admin'> = {
  cadres: 'cadre',
  reviewers: 'reviewer',
  admins: 'admin',
};

export async function findNoticeRecipients(
  db: Kysely<Database>,
  unitIds: readonly string[],
  today: IsoDate,
): Promise<Recipient[]> {
  if (unitIds.length === 0) return [];
  const targets = sql.join(unitIds.map((id) => sql`(${id}::uuid)`));
  const user = { role: sql`u.role`, unitId: sql`u.unit_id` };
  const { rows } = await sql<{ userId: string; unitId: string; role: string }>`
    SELECT u.id AS "userId", t.unit_id AS "unitId", u.role
    FROM users u CROSS JOIN (VALUES ${targets}) AS t(unit_id)
    WHERE u.is_disabled = false AND (
      (u.role = 'cadre' AND u.unit_id = t.unit_id) OR
      (u.role IN ('reviewer', 'admin') AND ${unitInScope('unit.read', user, sql`t.unit_id`, today)}))
  `.execute(db);
  const audienceOf = Object.fromEntries(
    Object.entries(ROLE_OF).map(([audience, role]) => [role, audience as Audience]),
  );
  return rows.map((r) => ({
    userId: r.userId,
    unitId: r.unitId,
    audience: audienceOf[r.role] as Audience,
  }));
}
