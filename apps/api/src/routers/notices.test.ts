// The bell: a returned report reaches its author at once (written in the return's own
// transaction), with the reviewer's comment and a link; the list and unread count, mark
// as read, preferences with their quiet hours, and an administrator's resend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
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

/** A report of a new district, returned with `comment` (reports are one per unit × period). */
async function returnedReport(comment: string) {
  const district = await createUnit(handle.db, { kind: 'district', parentId: tree.province.id });
  const cadre = await createUser(handle.db, { role: 'cadre', unitId: district.id });
  const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.province.id });
  const asCadre = await callerAs(handle.db, cadre);
  const asReviewer = await callerAs(handle.db, reviewer);
  let report = await asCadre.reports.save({
    unitId: district.id,
    indicator: 'CT-05',
    periodKey: '2026',
    claimsMet: true,
    value: 1,
    links: [],
    version: null,
  });
  report = await asCadre.reports.submit({ reportId: report.id, version: report.version });
  report = await asReviewer.reports.review({
    reportId: report.id,
    version: report.version,
    decision: 'return',
    comment,
  });
  return { district, cadre, asCadre, asReviewer, report };
}

describe('a returned report', () => {
  it('reaches its author at once, with the comment and the link, in the bell', async () => {
    const { district, asCadre, report } = await returnedReport('Thiếu ảnh minh chứng');
    expect(await asCadre.notices.unreadCount()).toBe(1);
    const { items, unread } = await asCadre.notices.mine();
    expect(unread).toBe(1);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'returned',
      link: `/units/${district.id}`,
      unitId: district.id,
      readAt: null,
      title: { vi: `Báo cáo bị trả lại: ${district.name}` },
    });
    expect(items[0]?.body.vi).toBe(
      `Báo cáo CT-05 (${report.periodKey}). Nhận xét của người duyệt: Thiếu ảnh minh chứng`,
    );
    // The outbox row for email exists from the same transaction, due at once (10:00 VN).
    const deliveries = await handle.db
      .selectFrom('notice_deliveries')
      .select(['channel', 'status'])
      .where('notice_id', '=', items[0]?.id ?? '')
      .execute();
    expect(deliveries).toEqual([{ channel: 'email', status: 'pending' }]);
  });

  it('marks read: one, then all; another user cannot mark it', async () => {
    const { cadre, asCadre, asReviewer } = await returnedReport('Sửa lại số liệu');
    const [notice] = (await asCadre.notices.mine()).items;
    expect(await asReviewer.notices.markRead({ ids: [notice?.id ?? ''] })).toEqual({ marked: 0 });
    expect(await asCadre.notices.markRead({ ids: [notice?.id ?? ''] })).toEqual({ marked: 1 });
    expect(await asCadre.notices.unreadCount()).toBe(0);
    expect(await asCadre.notices.markRead({ all: true })).toEqual({ marked: 0 });
    const row = await handle.db
      .selectFrom('notices')
      .select('read_at')
      .where('recipient_id', '=', cadre.id)
      .executeTakeFirstOrThrow();
    expect(row.read_at).not.toBeNull();
  });

  it('hides a notice about a unit the user no longer sees', async () => {
    const { cadre, asCadre } = await returnedReport('Bổ sung');
    await handle.db
      .updateTable('users')
      .set({ unit_id: tree.districtB.id })
      .where('id', '=', cadre.id)
      .execute();
    const moved = await callerAs(handle.db, { ...cadre, unit_id: tree.districtB.id });
    expect((await moved.notices.mine()).items).toEqual([]);
    expect(await moved.notices.unreadCount()).toBe(0);
    expect(asCadre).toBeDefined();
  });
});

describe('preferences', () => {
  it('default to email, Vietnamese, quiet 21:00–07:00 and the digest; save with a version', async () => {
    const user = await createUser(handle.db, { role: 'viewer', unitId: tree.districtB.id });
    const caller = await callerAs(handle.db, user);
    const defaults = await caller.notices.preferences();
    expect(defaults).toEqual({
      lang: 'vi',
      email: true,
      zalo: false,
      zaloUserId: '',
      quietStart: '21:00',
      quietEnd: '07:00',
      digest: true,
      version: 0,
    });
    const saved = await caller.notices.savePreferences({
      ...defaults,
      lang: 'en',
      quietStart: '22:30',
      digest: false,
    });
    expect(saved).toMatchObject({ lang: 'en', quietStart: '22:30', digest: false, version: 1 });
    await expect(caller.notices.savePreferences({ ...defaults, version: 0 })).rejects.toMatchObject(
      { code: 'CONFLICT' },
    );
    await expect(
      caller.notices.savePreferences({ ...defaults, quietStart: '25:00' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('the administrators’ deliveries page', () => {
  it('lists failed ones and resends them once; a sent one is not resent', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
    const asAdmin = await callerAs(handle.db, admin);
    const { cadre } = await returnedReport('Lỗi');
    const delivery = await handle.db
      .selectFrom('notice_deliveries as d')
      .innerJoin('notices as n', 'n.id', 'd.notice_id')
      .select('d.id')
      .where('n.recipient_id', '=', cadre.id)
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('notice_deliveries')
      .set({ status: 'failed', attempts: 5, last_error: 'smtp: 421' })
      .where('id', '=', delivery.id)
      .execute();
    const failed = await asAdmin.notices.deliveries({ status: 'failed', limit: 50 });
    expect(failed.map((d) => d.id)).toContain(delivery.id);
    expect(await asAdmin.notices.resend({ deliveryId: delivery.id })).toEqual({
      id: delivery.id,
      status: 'pending',
    });
    await expect(asAdmin.notices.resend({ deliveryId: delivery.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const audit = await handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', delivery.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['notice.resend']);
  });
});
