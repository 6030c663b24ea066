// A story as the admin app sees it.
import type { Selectable } from 'kysely';
import type { StoryTable } from '../db/schema.js';

export type StoryRow = Selectable<StoryTable>;

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

export function toStoryDto(row: StoryRow) {
  return {
    id: row.id,
    unitId: row.unit_id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.body_html,
    coverImageUrl: row.cover_image_url,
    tags: row.tags,
    status: row.status,
    publishedAt: iso(row.published_at),
    reviewComment: row.review_comment,
    // Who wrote it and who last edited it: four eyes (decision 17).
    authorId: row.author_id,
    updatedBy: row.updated_by,
    version: row.version,
    updatedAt: iso(row.updated_at) as string,
  };
}
