// The unit picker's question: units in the caller's read scope whose name or code contains
// the typed words, diacritics optional, on a day; a page of at most 50, each with its
// parent's name so that namesakes ("Hội CTĐ phường 1" in two districts) can be told apart.
// Scope, the day, the filters and the search are all in the one query, before the limit, so
// the answer stays small whatever the number of units (decision 38).
import type { IsoDate, UnitKind } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';
import { datedUnits } from './get-hierarchy.js';
import { foldNeedle } from './paging/folded-text.js';
import { pageOf } from './paging/page-cursor.js';
import { nameAsOf } from './unit-name-on.js';

export interface UnitSearchQuery {
  /** Part of a name or a code; empty lists the units in order. */
  text?: string | undefined;
  /** Exactly this code. */
  code?: string | undefined;
  asOf: IsoDate;
  /** Only this unit and the units below it on the day. */
  underUnitId?: string | undefined;
  kinds?: readonly UnitKind[] | undefined;
  /** The previous page's last unit: its name and id. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

export async function searchUnits(db: Kysely<Database>, scope: Scope, query: UnitSearchQuery) {
  const { asOf, code, underUnitId, kinds, after, limit } = query;
  const needle = foldNeedle(query.text ?? '');
  const name = sql<string>`COALESCE(n.name, u.name)`;
  const rows = await datedUnits(db, asOf)
    .select('u.version')
    // Reach is judged today (who may read it now), the shape on the asked day.
    .where(unitInScope('unit.read', scope.user, sql.ref('u.id'), scope.today))
    .$if(needle !== '', (qb) =>
      // Names and codes are folded when written (migration 0030), the words here.
      qb.where(
        sql<boolean>`strpos(COALESCE(n.folded_name, u.folded_name) || ' ' || u.folded_code, ${needle}) > 0`,
      ),
    )
    .$if(code !== undefined, (qb) => qb.where('u.code', '=', code as string))
    .$if(kinds !== undefined && kinds.length > 0, (qb) =>
      qb.where('u.kind', 'in', [...(kinds ?? [])]),
    )
    .$if(underUnitId !== undefined, (qb) =>
      qb.where(
        sql<boolean>`EXISTS (SELECT 1 FROM unit_ancestors a WHERE a.unit_id = u.id
          AND a.ancestor_id = ${underUnitId}::uuid AND a.valid_from <= ${asOf}::date
          AND (a.valid_to IS NULL OR a.valid_to > ${asOf}::date))`,
      ),
    )
    .$if(after !== undefined, (qb) =>
      qb.where(sql<boolean>`(${name}, u.id) > (${after?.[0]}, ${after?.[1]}::uuid)`),
    )
    .orderBy(name)
    .orderBy('u.id')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => ['units', r.name, r.id]);
  // The parents' names for the page only: asked for every match before the limit, they
  // cost more than the search itself (30,000 matches of "chi hội" nationally).
  const parentIds = [...new Set(page.items.flatMap((r) => (r.parent_id ? [r.parent_id] : [])))];
  const parents =
    parentIds.length === 0
      ? []
      : await db
          .selectFrom('units as p')
          .select(['p.id', nameAsOf('p', asOf).as('name')])
          .where('p.id', 'in', parentIds)
          .execute();
  const parentName = new Map(parents.map((p) => [p.id, p.name]));
  return {
    items: page.items.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind as UnitKind,
      parentId: r.parent_id ?? null,
      parentName: (r.parent_id && parentName.get(r.parent_id)) ?? null,
      // The units page's change forms say which version they edit.
      version: r.version,
      isSample: r.is_sample,
    })),
    nextCursor: page.nextCursor,
  };
}
