// The first administrator, as the actor of maintenance scripts: their audit events then
// name a real account rather than nobody.
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';

export async function sessionUserOfAdmin(db: Kysely<Database>): Promise<SessionUser> {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.unit_id as unitId',
      'un.code as unitCode',
      'un.name as unitName',
      'u.version',
    ])
    .where('u.role', '=', 'admin')
    .where('u.is_disabled', '=', false)
    .orderBy('u.created_at')
    .executeTakeFirstOrThrow();
  return { ...user, sessionId: 'maintenance-script' };
}
