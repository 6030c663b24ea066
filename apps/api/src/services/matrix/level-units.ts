// The units one level of the matrix needs, each read in SQL over the dated ancestor table
// (migration 0007) so that nothing loads the whole tree: the chosen unit, the path above it,
// one page of its children, and the units of its subtree that some roll-up counts.
import type { IsoDate, UnitKind, UnitNode } from '@lantoa/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Readable } from '../../access/readable-units.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { datedUnits, toUnitNode } from '../get-hierarchy.js';
import { pageOf } from '../paging/page-cursor.js';

type Ancestors = 'a' | 'c' | 'p' | 'k';

/** Which of some units the caller may read: asked per call, never a loaded set (decision 20). */
export type ReadableUnits = Readable;

/** The ancestor row `alias` holds on `asOf` (rows are valid on [valid_from, valid_to)). */
const validOn =
  (alias: Ancestors, asOf: IsoDate) =>
  // biome-ignore lint/suspicious/noExplicitAny: the alias is joined by the caller
  (eb: ExpressionBuilder<any, any>) =>
    eb.and([
      eb(`${alias}.valid_from`, '<=', asOf),
      eb.or([eb(`${alias}.valid_to`, 'is', null), eb(`${alias}.valid_to`, '>', asOf)]),
    ]);

/** The chosen unit; on a past date without a choice, the province of that day stands in
 *  for a home that did not exist yet (or any more). */
export async function resolveRoot(
  db: Kysely<Database>,
  readable: ReadableUnits,
  home: { rootId: string | undefined; defaultRootId: string },
  asOf: IsoDate,
): Promise<UnitNode> {
  const id = home.rootId ?? home.defaultRootId;
  const row = await datedUnits(db, asOf).where('u.id', '=', id).executeTakeFirst();
  let root = row ? toUnitNode(row) : undefined;
  if (!root && !home.rootId) {
    const provinces = await datedUnits(db, asOf)
      .where('u.kind', '=', 'province')
      .where('l.parent_id', 'is', null)
      .orderBy('u.code')
      .execute();
    const inReach = await readable(provinces.map((p) => p.id));
    const province = provinces.find((p) => inReach.has(p.id));
    root = province ? toUnitNode(province) : undefined;
  }
  if (!root || !(await readable([root.id])).has(root.id))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  return root;
}

/** The visible units above `unitId` on `asOf`, the topmost first: the breadcrumb. */
export async function pathAbove(
  db: Kysely<Database>,
  readable: ReadableUnits,
  unitId: string,
  asOf: IsoDate,
): Promise<UnitNode[]> {
  const rows = await datedUnits(db, asOf)
    .innerJoin('unit_ancestors as a', 'a.ancestor_id', 'u.id')
    .where('a.unit_id', '=', unitId)
    .where('a.depth', '>', 0)
    .where(validOn('a', asOf))
    .orderBy('a.depth', 'desc')
    .execute();
  const inReach = await readable(rows.map((r) => r.id));
  return rows.map(toUnitNode).filter((u) => inReach.has(u.id));
}

export interface ChildrenPageQuery {
  parentId: string;
  /** Each unit's version too (the units page's change forms say which they edit). */
  withVersions?: boolean | undefined;
  asOf: IsoDate;
  after?: readonly [string, string] | undefined;
  limit: number;
}

/** One page of `parentId`'s children on `asOf`, by code then id, each saying whether it has
 *  children of its own (so a screen knows where it can drill down), and how many there are. */
export async function childrenPage(db: Kysely<Database>, query: ChildrenPageQuery) {
  const { parentId, asOf, after, limit } = query;
  const children = datedUnits(db, asOf).where('l.parent_id', '=', parentId);
  const [rows, count] = await Promise.all([
    children
      .select('u.version')
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('unit_ancestors as k')
              .select('k.depth')
              .whereRef('k.ancestor_id', '=', 'u.id')
              .where('k.depth', '=', 1)
              .where(validOn('k', asOf)),
          )
          .as('has_children'),
      )
      .$if(after !== undefined, (qb) =>
        qb.where((eb) =>
          eb.or([
            eb('u.code', '>', after?.[0] ?? ''),
            eb.and([eb('u.code', '=', after?.[0] ?? ''), eb('u.id', '>', after?.[1] ?? '')]),
          ]),
        ),
      )
      .orderBy('u.code')
      .orderBy('u.id')
      .limit(limit + 1)
      .execute(),
    children
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const page = pageOf(rows, limit, (r) => [r.code, r.id]);
  return {
    items: page.items.map((r) => ({
      ...toUnitNode(r),
      ...(query.withVersions ? { version: r.version } : {}),
      hasChildren: Boolean(r.has_children),
    })),
    nextCursor: page.nextCursor,
    total: Number(count.n),
  };
}

export interface CountedUnit {
  unit: UnitNode;
  /** The child of the root this unit lies under (itself for a child); null for the root. */
  childId: string | null;
}

/** The units of `rootId`'s subtree on `asOf` whose kind some roll-up counts, each with the
 *  child of the root it lies under: what the level's roll-ups are summed from. */
export async function countedUnits(
  db: Kysely<Database>,
  rootId: string,
  asOf: IsoDate,
  kinds: readonly UnitKind[],
): Promise<CountedUnit[]> {
  if (kinds.length === 0) return [];
  const rows = await datedUnits(db, asOf)
    .innerJoin('unit_ancestors as a', 'a.unit_id', 'u.id')
    .leftJoin('unit_ancestors as c', (join) =>
      join
        .onRef('c.unit_id', '=', 'u.id')
        .on((eb) => eb('c.depth', '=', eb('a.depth', '-', 1)))
        .on(validOn('c', asOf)),
    )
    .select('c.ancestor_id as child_id')
    .where('a.ancestor_id', '=', rootId)
    .where(validOn('a', asOf))
    .where('u.kind', 'in', [...kinds])
    .execute();
  return rows.map((r) => ({ unit: toUnitNode(r), childId: r.child_id ?? null }));
}

/** The top of the tree on `asOf`: the provinces linked under nothing that the caller may
 *  read (a few dozen at most), one page of them by code then id. */
export async function readableRootsPage(
  db: Kysely<Database>,
  readable: ReadableUnits,
  query: Omit<ChildrenPageQuery, 'parentId'>,
) {
  const { asOf, after, limit } = query;
  const rows = await datedUnits(db, asOf)
    .where('l.parent_id', 'is', null)
    .where('u.kind', '=', 'province')
    .orderBy('u.code')
    .orderBy('u.id')
    .execute();
  const inReach = await readable(rows.map((r) => r.id));
  const roots = rows.filter((r) => inReach.has(r.id));
  const start = after
    ? roots.filter((r) => r.code > after[0] || (r.code === after[0] && r.id > after[1]))
    : roots;
  const page = pageOf(start.slice(0, limit + 1), limit, (r) => [r.code, r.id]);
  return {
    rootIds: roots.map((r) => r.id),
    roots: roots.map(toUnitNode),
    items: page.items.map((r) => ({ ...toUnitNode(r), hasChildren: true })),
    nextCursor: page.nextCursor,
    total: roots.length,
  };
}

/** As `countedUnits`, over several provinces at once: each unit's "child" is its province. */
export async function countedUnitsOfRoots(
  db: Kysely<Database>,
  rootIds: readonly string[],
  asOf: IsoDate,
  kinds: readonly UnitKind[],
): Promise<CountedUnit[]> {
  if (kinds.length === 0 || rootIds.length === 0) return [];
  const rows = await datedUnits(db, asOf)
    .innerJoin('unit_ancestors as a', 'a.unit_id', 'u.id')
    .select('a.ancestor_id as child_id')
    .where('a.ancestor_id', 'in', [...rootIds])
    .where(validOn('a', asOf))
    .where('u.kind', 'in', [...kinds])
    .execute();
  return rows.map((r) => ({ unit: toUnitNode(r), childId: r.child_id }));
}
