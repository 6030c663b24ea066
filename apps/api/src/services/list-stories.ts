// A page of the stories in the caller's reach, last changed first. Scope is part of the
// query (the one scope expression), before the limit: filtering after it lost stories in
// reach once a province had more newer stories than the cap. Keyset paging on
// (updated_at, id): each story appears exactly once across pages, however long the list.
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database, StoryTable } from '../db/schema.js';
import { pageOf } from './paging/page-cursor.js';
import { toStoryDto } from './story-dto.js';
import { nameAsOf } from './unit-name-on.js';

export interface StoriesQuery {
  status?: StoryTable['status'] | undefined;
  unitId?: string | undefined;
  /** The sort key of the previous page's last story: its exact timestamp text and id. */
  after?: readonly [string, string] | undefined;
  limit: number;
}

export async function listStories(db: Kysely<Database>, scope: Scope, query: StoriesQuery) {
  const { status, unitId, after, limit } = query;
  const rows = await db
    .selectFrom('stories')
    .innerJoin('units as un', 'un.id', 'stories.unit_id')
    .selectAll('stories')
    // Each story names its unit as it is called today: no screen needs the tree for it.
    .select(nameAsOf('un', scope.today).as('unit_name'))
    // The timestamp as PostgreSQL writes it (microseconds): a JS Date keeps milliseconds,
    // and a cursor rounded to them would skip stories saved within the same millisecond.
    .select(sql<string>`stories.updated_at::text`.as('sort_at'))
    .where(unitInScope('story.read', scope.user, sql.ref('stories.unit_id'), scope.today))
    .$if(status !== undefined, (qb) =>
      qb.where('stories.status', '=', status as StoryTable['status']),
    )
    .$if(unitId !== undefined, (qb) => qb.where('stories.unit_id', '=', unitId as string))
    .$if(after !== undefined, (qb) =>
      qb.where(
        sql<boolean>`(stories.updated_at, stories.id) < (${after?.[0]}::timestamptz, ${after?.[1]}::uuid)`,
      ),
    )
    .orderBy('stories.updated_at', 'desc')
    .orderBy('stories.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => [r.sort_at, r.id]);
  return {
    items: page.items.map((r) => ({ ...toStoryDto(r), unitName: r.unit_name })),
    nextCursor: page.nextCursor,
  };
}
