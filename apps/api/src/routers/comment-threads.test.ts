// Comment threads on reports and stories (issue 16): every comment kept with its author
// and time, written in the transaction of the action it came with or alone; the
// "Returned" notice still carries the reviewer's comment; out of scope, a thread is
// neither read nor written; comments from before threads are carried into them.
import { SCHEMA_MESSAGES } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import * as m0021 from '../db/migrations/0021-comment-threads.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
});
afterAll(() => handle.close());

async function people() {
  const district = await createUnit(handle.db, { kind: 'district', parentId: tree.province.id });
  const cadre = await createUser(handle.db, { role: 'cadre', unitId: district.id });
  const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.province.id });
  return {
    district,
    cadre,
    reviewer,
    asCadre: await callerAs(handle.db, cadre),
    asReviewer: await callerAs(handle.db, reviewer),
  };
}

async function submittedReport() {
  const p = await people();
  let report = await p.asCadre.reports.save({
    unitId: p.district.id,
    indicator: 'CT-05',
    periodKey: '2026',
    claimsMet: true,
    value: 1,
    links: [],
    version: null,
  });
  report = await p.asCadre.reports.submit({ reportId: report.id, version: report.version });
  return { ...p, report };
}

const commentCount = () =>
  handle.db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

describe('a report’s thread', () => {
  it('keeps every comment, in order, with author and action; the next one overwrites nothing', async () => {
    const { report, asCadre, asReviewer, cadre, reviewer } = await submittedReport();
    let r = await asReviewer.reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'return',
      comment: 'Thiếu ảnh',
    });
    await asCadre.reports.comment({ id: r.id, body: '  Đã bổ sung ảnh  ' });
    r = await asCadre.reports.submit({ reportId: r.id, version: r.version });
    r = await asReviewer.reports.review({
      reportId: r.id,
      version: r.version,
      decision: 'approve',
      comment: 'Đạt',
    });
    const thread = await asCadre.reports.comments({ id: r.id });
    expect(thread.map((c) => [c.action, c.body, c.authorName])).toEqual([
      ['return', 'Thiếu ảnh', reviewer.name],
      ['comment', 'Đã bổ sung ảnh', cadre.name],
      ['approve', 'Đạt', reviewer.name],
    ]);
    expect(new Date(thread[0]?.createdAt ?? '').getTime()).not.toBeNaN();
    const notice = await handle.db
      .selectFrom('notices')
      .select('body')
      .where('recipient_id', '=', cadre.id)
      .where('kind', '=', 'returned')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(notice.body)).toContain('Thiếu ảnh');
    const audit = await handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', r.id)
      .where('action', '=', 'report.comment')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('approves without a comment and adds no entry', async () => {
    const { report, asReviewer } = await submittedReport();
    const before = await commentCount();
    await asReviewer.reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'approve',
    });
    expect(await commentCount()).toBe(before);
  });

  it('is neither read nor written out of scope, nor written by a viewer', async () => {
    const { report, asReviewer } = await submittedReport();
    await asReviewer.reports.comment({ id: report.id, body: 'Kiểm tra lại số liệu' });
    const before = await commentCount();
    const elsewhere = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const asElsewhere = await callerAs(handle.db, elsewhere);
    await expect(asElsewhere.reports.comments({ id: report.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(asElsewhere.reports.comment({ id: report.id, body: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const otherProvince = await createProvince(handle.db);
    const otherAdmin = await createUser(handle.db, {
      role: 'admin',
      unitId: otherProvince.province.id,
    });
    const asOtherAdmin = await callerAs(handle.db, otherAdmin);
    await expect(asOtherAdmin.reports.comments({ id: report.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(asOtherAdmin.reports.comment({ id: report.id, body: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const viewer = await createUser(handle.db, { role: 'viewer', unitId: tree.province.id });
    const asViewer = await callerAs(handle.db, viewer);
    expect(await asViewer.reports.comments({ id: report.id })).toHaveLength(1);
    await expect(asViewer.reports.comment({ id: report.id, body: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await commentCount()).toBe(before);
  });

  it('refuses an empty comment, in both languages', async () => {
    const { report, asReviewer } = await submittedReport();
    const error = await asReviewer.reports.comment({ id: report.id, body: '   ' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(JSON.stringify(error.cause?.issues ?? error.message)).toContain(
      SCHEMA_MESSAGES.commentEmpty.vi,
    );
    expect(SCHEMA_MESSAGES.commentEmpty.en).toBe('Please write a comment.');
  });
});

describe('a story’s thread', () => {
  it('keeps the return’s comment and the author’s reply, and refuses a return without one', async () => {
    const { district, asCadre, asReviewer, cadre, reviewer } = await people();
    let story = await asCadre.stories.save({
      id: null,
      version: null,
      unitId: district.id,
      title: 'Hiến máu tình nguyện',
      summary: '',
      bodyHtml: '<p>Nội dung</p>',
      coverImageUrl: null,
      tags: [],
    });
    story = await asCadre.stories.act({ id: story.id, version: story.version, action: 'submit' });
    await expect(
      asReviewer.stories.act({ id: story.id, version: story.version, action: 'return' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    story = await asReviewer.stories.act({
      id: story.id,
      version: story.version,
      action: 'return',
      comment: 'Cần ảnh bìa',
    });
    await asCadre.stories.comment({ id: story.id, body: 'Đã thêm ảnh' });
    const thread = await asReviewer.stories.comments({ id: story.id });
    expect(thread.map((c) => [c.action, c.body, c.authorId])).toEqual([
      ['return', 'Cần ảnh bìa', reviewer.id],
      ['comment', 'Đã thêm ảnh', cadre.id],
    ]);
    const elsewhere = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    await expect(
      (await callerAs(handle.db, elsewhere)).stories.comments({ id: story.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('comments from before threads (migration 0021)', () => {
  it('become the first entry of their report’s or story’s thread', async () => {
    const { report, asReviewer, reviewer } = await submittedReport();
    await asReviewer.reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'return',
      comment: 'Nhận xét cũ',
    });
    const story = await handle.db
      .insertInto('stories')
      .values({
        unit_id: report.unitId,
        slug: `cu-${report.id}`,
        title: 'Bài cũ',
        summary: '',
        body_html: '<p>x</p>',
        tags: JSON.stringify([]),
        status: 'draft',
        updated_by: reviewer.id,
        review_comment: 'Sửa tiêu đề',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // As the data stood before 0021: no thread table, the comment in its single field.
    await sql`DROP TABLE comments`.execute(handle.db);
    await m0021.up(handle.db as unknown as Kysely<unknown>);
    const rows = await handle.db
      .selectFrom('comments')
      .select(['subject', 'subject_id', 'author_id', 'action', 'body'])
      .where('subject_id', 'in', [report.id, story.id])
      .orderBy('subject')
      .execute();
    expect(rows).toEqual([
      {
        subject: 'report',
        subject_id: report.id,
        author_id: reviewer.id,
        action: 'earlier',
        body: 'Nhận xét cũ',
      },
      {
        subject: 'story',
        subject_id: story.id,
        author_id: reviewer.id,
        action: 'earlier',
        body: 'Sửa tiêu đề',
      },
    ]);
  });
});
