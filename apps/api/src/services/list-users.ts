// A page of the accounts the administrator may manage (decision 20), by email. Scope and
// the search are part of the query, before the limit (decision 33); keyset order
// (email, id), so each account appears once across pages however many a province has.
import type { Role } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';
import { pageOf } from './paging/page-cursor.js';
import { containsText } from './paging/text-search.js';
import { nameAsOf } from './unit-name-on.js';

export interface UsersQuery {
  /** Part of a name or an email. */
  search?: string | undefined;
  role?: Role | undefined;
  /** The previous page's last account: its email and id. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

export async function listUsers(db: Kysely<Database>, scope: Scope, query: UsersQuery) {
  const { search, role, after, limit } = query;
  const rows = await db
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
      // The unit as it is called today (a dated rename, decision 18).
      nameAsOf('un', scope.today).as('unitName'),
      'un.code as unitCode',
    ])
    .where(unitInScope('user.manage', scope.user, sql.ref('u.unit_id'), scope.today))
    .$if(role !== undefined, (qb) => qb.where('u.role', '=', role as Role))
    .$if(search !== undefined, (qb) =>
      qb.where(containsText([sql.ref('u.name'), sql.ref('u.email')], search as string)),
    )
    .$if(after !== undefined, (qb) =>
      qb.where(sql<boolean>`(u.email, u.id) > (${after?.[0]}, ${after?.[1]}::uuid)`),
    )
    .orderBy('u.email')
    .orderBy('u.id')
    .limit(limit + 1)
    .execute();
  return pageOf(rows, limit, (r) => ['users', r.email, r.id]);
}
