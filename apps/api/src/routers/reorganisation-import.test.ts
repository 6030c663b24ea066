// Importing an official list: CSV and Excel read on the server, every bad row named with
// its column and reason, nothing written; a sound file gives a draft that previews and
// applies like one built by hand.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { snapshot } from '../test/scope-fixture.js';
import { openTestDb } from '../test/test-db.js';
import { provinceTree } from '../test/unit-tree.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

async function province() {
  const t = await createProvince(handle.db);
  const admin = await createUser(handle.db, { role: 'admin', unitId: t.province.id });
  return { ...t, api: await callerAs(handle.db, admin) };
}
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('reorganisation import', () => {
  it('names every bad row of a CSV file, with its column and reason, and writes nothing', async () => {
    const t = await province();
    const p = t.province.code;
    const csv = [
      'Mã cũ,Mã mới,Tên,Cấp,Cấp trên',
      `${t.districtA.code},xa-${p},Hội CTĐ xã Một,Hội CTĐ xã; phường; đặc khu,${p}`,
      `${t.districtA.code},xa-${p},,commune,${p}`,
      `khong-co-${p},xa2-${p},"Hội CTĐ xã Hai, mới",commune,${p}`,
      `${t.districtB.code},XA 3,Hội CTĐ xã Ba,commune,${p}`,
      `${t.communeA.code},${t.communeA.code},Chi hội A,huyện lỵ,${p}`,
      '',
      ',,Chi hội lạc,grassroots,',
    ].join('\r\n');
    const digest = await snapshot(handle.db);
    const result = await t.api.reorganisations.importFile({
      effectiveOn: '2026-01-01',
      title: 'Danh sách sáp nhập',
      fileName: 'danh-sach.csv',
      contentBase64: base64(`\uFEFF${csv}`),
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'kind'],
      [3, 'name'],
      [4, 'oldCode'],
      [5, 'newCode'],
      [6, 'kind'],
      [8, 'oldCode'],
    ]);
    expect(errors[2]?.message).toEqual({
      vi: `Không có đơn vị mã khong-co-${p} vào ngày hiệu lực`,
      en: `No unit with code khong-co-${p} on the effective date`,
    });
    expect(await snapshot(handle.db)).toEqual(digest);
  });

  it('turns a sound Excel list into a draft that previews and applies', async () => {
    const t = await province();
    const p = t.province.code;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Old code', 'New code', 'Name', 'Kind', 'Parent']);
    sheet.addRow([t.districtA.code, `xa-${p}`, 'Hội CTĐ xã Cần Đăng (mẫu)', 'commune', p]);
    sheet.addRow([t.districtB.code, `xa-${p}`, 'Hội CTĐ xã Cần Đăng (mẫu)', 'commune', p]);
    sheet.addRow([t.communeA.code, t.communeA.code, 'Chi hội Ấp Một', 'grassroots', `xa-${p}`]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await t.api.reorganisations.importFile({
      effectiveOn: '2026-01-01',
      title: 'Danh sách sáp nhập',
      fileName: 'danh-sach.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.reorganisation.steps.map((s) => s.type)).toEqual(['merge', 'rename']);
    const preview = await t.api.reorganisations.preview(result.reorganisation);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    await t.api.reorganisations.applyAll({
      reorganisation: result.reorganisation,
      versions: preview.versions,
    });
    const tree = await provinceTree(handle.db, t.province.id, '2026-01-01');
    const commune = tree.units.find((u) => u.code === `xa-${p}`);
    expect(tree.units.find((u) => u.id === t.communeA.id)).toMatchObject({
      name: 'Chi hội Ấp Một',
      parentId: commune?.id,
    });
  });

  it('refuses a file that is neither CSV nor Excel, and one without the columns', async () => {
    const t = await province();
    const ask = (fileName: string, content: string) =>
      t.api.reorganisations.importFile({
        effectiveOn: '2026-01-01',
        title: 'Danh sách',
        fileName,
        contentBase64: base64(content),
      });
    expect(await ask('ds.pdf', '%PDF-1.4')).toMatchObject({
      ok: false,
      errors: [{ row: 1, column: null }],
    });
    expect(await ask('ds.csv', 'ma,ten\na,b')).toMatchObject({
      ok: false,
      errors: [{ row: 1, column: 'oldCode' }],
    });
    expect(await ask('ds.xlsx', 'PK\u0003\u0004 not really a workbook')).toMatchObject({
      ok: false,
      errors: [{ row: 1, message: { en: 'The Excel file cannot be read' } }],
    });
  });
});
