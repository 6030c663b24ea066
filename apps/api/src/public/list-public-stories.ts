// Published stories of one unit for stories.json: newest first, bodies sanitised, URLs
// checked, permalinks absolute so they work from any partner page.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { safeImageUrl, sanitizeStoryHtml } from '../sanitize/sanitize-story-html.js';

export interface PublicStory {
  id: string;
  title: string;
  summary: string;
  html: string;
  coverImageUrl: string | null;
  permalink: string;
  publishedAt: string;
  tags: string[];
}

export async function listPublicStories(
  db: Kysely<Database>,
  options: { unitId: string; limit: number; now: Date; origin: string },
): Promise<PublicStory[]> {
  const rows = await db
    .selectFrom('stories')
    .select([
      'id',
      'slug',
      'title',
      'summary',
      'body_html',
      'cover_image_url',
      'tags',
      'published_at',
    ])
    .where('unit_id', '=', options.unitId)
    .where('status', '=', 'published')
    .where('published_at', 'is not', null)
    .where('published_at', '<=', options.now)
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title.normalize('NFC'),
    summary: r.summary.normalize('NFC'),
    html: sanitizeStoryHtml(r.body_html),
    coverImageUrl: safeImageUrl(r.cover_image_url),
    permalink: `${options.origin}/public/stories/${encodeURIComponent(r.slug)}`,
    publishedAt: new Date(r.published_at as Date).toISOString(),
    tags: Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : [],
  }));
}
