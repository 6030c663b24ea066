// Highlights of a report's year over a subtree, in sentences a report can carry: the
// trainings held, campaign participation, stories published, publications and the
// ambassadors who appeared. Counts only; the user's own assessment says the rest.
import { formatDateVi } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

const MAX_NAMED = 5;

export async function reportHighlights(
  db: Kysely<Database>,
  unitIds: readonly string[],
  year: number,
): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const ids = [...unitIds];
  const [trainings, participations, stories, publications, appearances] = await Promise.all([
    db
      .selectFrom('training_courses')
      .select(['title', 'held_on', 'participants'])
      .where('unit_id', 'in', ids)
      .where('held_on', '>=', from)
      .where('held_on', '<=', to)
      .orderBy('held_on')
      .execute(),
    db
      .selectFrom('campaign_participations as p')
      .innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
      .select(['c.title', sql<number>`count(*)::int`.as('units')])
      .where('p.unit_id', 'in', ids)
      .where('p.participated_on', '>=', from)
      .where('p.participated_on', '<=', to)
      .groupBy('c.title')
      .orderBy('c.title')
      .execute(),
    db
      .selectFrom('stories')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('unit_id', 'in', ids)
      .where('status', '=', 'published')
      .where(sql<string>`(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`, '>=', from)
      .where(sql<string>`(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`, '<=', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('publications')
      .select(['title', 'published_on'])
      .where('unit_id', 'in', ids)
      .where('published_on', '>=', from)
      .where('published_on', '<=', to)
      .orderBy('published_on')
      .execute(),
    db
      .selectFrom('ambassador_appearances as a')
      .innerJoin('ambassador_units as au', 'au.ambassador_id', 'a.ambassador_id')
      .select([
        sql<number>`count(DISTINCT a.ambassador_id)::int`.as('ambassadors'),
        sql<number>`count(DISTINCT a.id)::int`.as('appearances'),
      ])
      .where('au.unit_id', 'in', ids)
      .where('a.appeared_on', '>=', from)
      .where('a.appeared_on', '<=', to)
      .executeTakeFirstOrThrow(),
  ]);
  const lines: string[] = [];
  const people = trainings.reduce((sum, t) => sum + t.participants, 0);
  lines.push(
    trainings.length === 0
      ? 'Chưa tổ chức lớp tập huấn nào trong năm.'
      : `Tổ chức ${trainings.length} lớp tập huấn với ${people} lượt người tham gia: ${named(
          trainings.map((t) => `${t.title} (${formatDateVi(t.held_on)})`),
        )}.`,
  );
  if (participations.length > 0) {
    const total = participations.reduce((sum, p) => sum + p.units, 0);
    lines.push(
      `Tham gia ${participations.length} chiến dịch, cuộc thi với ${total} lượt đơn vị hưởng ứng: ${named(
        participations.map((p) => p.title),
      )}.`,
    );
  }
  lines.push(`Đăng ${stories.n} tin, bài “Người tốt việc thiện” trên trang thông tin điện tử.`);
  if (publications.length > 0) {
    lines.push(
      `Biên tập, phát hành ${publications.length} ấn phẩm: ${named(publications.map((p) => p.title))}.`,
    );
  }
  if (appearances.appearances > 0) {
    lines.push(
      `${appearances.ambassadors} đại sứ thương hiệu đồng hành với ${appearances.appearances} lượt tham gia chương trình, sự kiện.`,
    );
  }
  return lines;
}

function named(items: string[]): string {
  const shown = items.slice(0, MAX_NAMED).join('; ');
  const rest = items.length - MAX_NAMED;
  return rest > 0 ? `${shown} và ${rest} nội dung khác` : shown;
}
