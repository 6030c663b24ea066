// One story, if its unit is in the caller's reach (else not found).
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toStoryDto } from './story-dto.js';
import { nameAsOf } from './unit-name-on.js';

export async function getStory(db: Kysely<Database>, scope: Scope, id: string) {
  const row = await db
    .selectFrom('stories')
    .innerJoin('units as un', 'un.id', 'stories.unit_id')
    .selectAll('stories')
    .select(nameAsOf('un', scope.today).as('unit_name'))
    .where('stories.id', '=', id)
    .where(unitInScope('story.read', scope.user, sql.ref('stories.unit_id'), scope.today))
    .executeTakeFirst();
  if (!row) throw notFound({ vi: 'Không tìm thấy bài viết', en: 'Story not found' });
  return { ...toStoryDto(row), unitName: row.unit_name };
}
