import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: User;
let reviewer: User;
let cadre: User;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
});
afterAll(() => handle.close());

const profile = (unitId: string) => ({
  id: null,
  version: null,
  name: 'Ca sĩ Nguyễn Văn A',
  field: 'singer' as const,
  channels: [{ platform: 'Facebook', url: 'https://facebook.com/casia', followers: 1_200_000 }],
  photoUrl: null,
  contactEmail: 'casia@example.vn',
  contactPhone: '0939 861 211',
  status: 'active' as const,
  termFrom: '2025-01-01',
  termTo: '2026-12-31',
  units: [{ unitId, program: 'Tháng Nhân đạo' }],
});

describe('KOL ambassadors', () => {
  it('masks contacts outside the province board, records consent, exports and erases', async () => {
    const asReviewer = await callerAs(handle.db, reviewer);
    const created = await asReviewer.ambassadors.save(profile(tree.districtA.id));
    await expect(
      (await callerAs(handle.db, cadre)).ambassadors.save(profile(tree.districtA.id)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const seenByCadre = await (await callerAs(handle.db, cadre)).ambassadors.get({
      id: created.id,
    });
    expect(seenByCadre).toMatchObject({
      contactEmail: 'c•••@example.vn',
      contactPhone: '•••• 211',
      isContactMasked: true,
      consents: [],
    });
    expect(JSON.stringify(seenByCadre)).not.toContain('casia@example.vn');

    const consent = await asReviewer.ambassadors.recordConsent({
      ambassadorId: created.id,
      purpose: 'Dùng hình ảnh và tên trong truyền thông của Hội',
      consentedOn: '2025-01-05',
      documentRef: 'Văn bản đồng ý số 01/2025',
    });
    await asReviewer.ambassadors.addAppearance({
      ambassadorId: created.id,
      appearedOn: '2025-05-10',
      event: 'Ngày hội Chủ nhật Đỏ',
      kind: 'event',
      reach: 50_000,
    });
    await asReviewer.ambassadors.withdrawConsent({
      consentId: consent.id,
      withdrawnOn: '2025-12-01',
    });
    const exported = await asReviewer.ambassadors.exportData({ id: created.id });
    expect(exported.profile.contact_email).toBe('casia@example.vn');
    expect(exported.consents).toEqual([
      expect.objectContaining({
        document_ref: 'Văn bản đồng ý số 01/2025',
        withdrawn_on: '2025-12-01',
      }),
    ]);
    expect(exported.appearances).toHaveLength(1);

    await expect(asReviewer.ambassadors.erase({ id: created.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await (await callerAs(handle.db, admin)).ambassadors.erase({ id: created.id });
    const after = await asReviewer.ambassadors.exportData({ id: created.id });
    expect(after.profile).toMatchObject({
      name: 'Đã xóa theo yêu cầu',
      contact_email: null,
      contact_phone: null,
      channels: [],
    });
    expect(after.consents[0]).toMatchObject({
      purpose: '',
      document_ref: 'Văn bản đồng ý số 01/2025',
    });
    const audit = await handle.db
      .selectFrom('audit_event')
      .select('after')
      .where('action', '=', 'ambassador.erase')
      .execute();
    expect(JSON.stringify(audit)).not.toContain('casia');
  });
});
