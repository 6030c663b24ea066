// The accounts of the administrator's own province (decision 20), by email.
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';

/** A province has at most a few thousand accounts; the cap only bounds the answer. */
const MAX_USERS = 5000;

export function listUsers(db: Kysely<Database>, scope: Scope) {
  return db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.unit_id',
      'u.is_disabled',
      'u.version',
      'un.name as unitName',
      'un.code as unitCode',
    ])
    .where(unitInScope('user.manage', scope.user, sql.ref('u.unit_id'), scope.today))
    .orderBy('u.email')
    .limit(MAX_USERS)
    .execute();
}
