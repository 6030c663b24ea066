// A page of the ambassadors of the caller's province (and every province's for Central), by
// name, with contacts masked for roles the policy does not let see them. Scope, the field
// and status filters and the search are part of the query, before the limit (decision 33);
// keyset order (name, id), so namesakes each appear once across pages.
import { seesContacts } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { AmbassadorTable, Database } from '../db/schema.js';
import { toAmbassadorDto } from './ambassador-dto.js';
import { pageOf } from './paging/page-cursor.js';
import { containsText } from './paging/text-search.js';

export interface AmbassadorsQuery {
  field?: string | undefined;
  status?: AmbassadorTable['status'] | undefined;
  /** Part of a name. */
  search?: string | undefined;
  /** The previous page's last ambassador: name and id. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

/** One page of the rows as stored (the export masks them itself). */
export async function ambassadorRowsPage(
  db: Kysely<Database>,
  scope: Scope,
  query: AmbassadorsQuery,
) {
  const { field, status, search, after, limit } = query;
  const rows = await db
    .selectFrom('ambassadors')
    .selectAll()
    .where(ownedInScope('ambassador.read', scope, sql.ref('province_id')))
    .$if(field !== undefined, (qb) => qb.where('field', '=', field as string))
    .$if(status !== undefined, (qb) => qb.where('status', '=', status as AmbassadorTable['status']))
    .$if(search !== undefined, (qb) => qb.where(containsText([sql.ref('name')], search as string)))
    .$if(after !== undefined, (qb) =>
      qb.where(sql<boolean>`(name, id) > (${after?.[0]}, ${after?.[1]}::uuid)`),
    )
    .orderBy('name')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  return pageOf(rows, limit, (r) => ['ambassadors', r.name, r.id]);
}

export async function listAmbassadors(db: Kysely<Database>, scope: Scope, query: AmbassadorsQuery) {
  const page = await ambassadorRowsPage(db, scope, query);
  const unmasked = seesContacts(scope.user.role, 'ambassador');
  return {
    items: page.items.map((row) => toAmbassadorDto(row, unmasked)),
    nextCursor: page.nextCursor,
  };
}
