import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: string;
let reviewer: string;

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
  const a = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  const r = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
  admin = sessionCookie(await signIn(app, a.email));
  reviewer = sessionCookie(await signIn(app, r.email));
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function template(cookie = admin) {
  return app.inject({
    method: 'GET',
    url: '/exports/templates/training_course.xlsx',
    headers: { cookie },
  });
}

/** The app's own template, filled in as a person would in Excel. */
async function filledIn(rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template()).rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  rows.forEach((row, i) => {
    sheet.getRow(3 + i).values = row as ExcelJS.CellValue[];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (
  body: Buffer,
  dryRun: '0' | '1',
  cookie = admin,
  headers: Record<string, string> = SAME_ORIGIN,
) =>
  app.inject({
    method: 'POST',
    url: `/imports/training_course?dryRun=${dryRun}`,
    headers: { ...headers, cookie, 'content-type': XLSX },
    payload: body,
  });

const stored = async () => ({
  courses: (await handle.db.selectFrom('training_courses').select('id').execute()).length,
  events: (await handle.db.selectFrom('audit_event').select('seq').execute()).length,
});

describe('imports from the province’s spreadsheets', () => {
  it('offers a template with the import’s headers under a title', async () => {
    const response = await template();
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(String(sheet.getCell('A1').value)).toMatch(/^Mẫu nhập Lớp tập huấn: điền từ dòng 3/);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Mã đơn vị',
      'Ngày tổ chức',
      'Tiêu đề',
      'Số người tham gia',
      'Cấp tổ chức (province/district/grassroots)',
    ]);
    expect(sheet.rowCount).toBe(2);
  });

  it('dry-runs a file with bad rows: one error per bad cell, in Vietnamese, and stores nothing', async () => {
    const before = await stored();
    const file = await filledIn([
      [tree.districtA.code, '10/05/2025', 'Tập huấn kỹ năng truyền thông', 30, 'district'],
      [tree.districtB.code, '31/02/2025', 'Ngày không có thật', 'ba mươi', 'district'],
      ['khong-co-ma-nay', new Date(Date.UTC(2025, 5, 1)), 'Đơn vị không tồn tại', 10, 'district'],
      [tree.districtB.code, '01/06/2025', '', 12, 'village'],
    ]);
    for (const dryRun of ['1', '0'] as const) {
      const response = await upload(file, dryRun);
      expect(response.statusCode).toBe(200);
      const answer = response.json();
      expect(answer).toMatchObject({ isDryRun: dryRun === '1', rowCount: 4, imported: 0 });
      expect(answer.errors).toEqual([
        {
          row: 4,
          column: 'Ngày tổ chức',
          reason: { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Not a date (dd/mm/yyyy).' },
        },
        {
          row: 4,
          column: 'Số người tham gia',
          reason: expect.objectContaining({ vi: 'Phải là số nguyên từ 0 trở lên.' }),
        },
        {
          row: 5,
          column: 'Mã đơn vị',
          reason: expect.objectContaining({
            vi: 'Không có đơn vị mang mã này trong phạm vi của bạn.',
          }),
        },
        {
          row: 6,
          column: 'Tiêu đề',
          reason: { vi: 'Vui lòng nhập tiêu đề.', en: 'Please enter a title.' },
        },
        {
          row: 6,
          column: 'Cấp tổ chức (province/district/grassroots)',
          reason: { vi: 'Lựa chọn không hợp lệ.', en: 'Invalid choice.' },
        },
      ]);
      expect(await stored()).toEqual(before);
    }
  });

  it('stores a valid file whole, each row audited, after a clean dry run', async () => {
    const before = await stored();
    const file = await filledIn([
      [tree.districtA.code, '10/05/2025', 'Tập huấn kỹ năng truyền thông', 30, 'district'],
      [tree.districtB.code, new Date(Date.UTC(2025, 5, 1)), 'Tập huấn sơ cấp cứu', 45, 'district'],
    ]);
    expect((await upload(file, '1')).json()).toMatchObject({
      errors: [],
      imported: 0,
      rowCount: 2,
    });
    expect(await stored()).toEqual(before);
    const response = await upload(file, '0');
    expect(response.json()).toMatchObject({ errors: [], imported: 2, isDryRun: false });
    const rows = await handle.db
      .selectFrom('training_courses')
      .select(['unit_id', 'held_on', 'title', 'participants'])
      .where('unit_id', 'in', [tree.districtA.id, tree.districtB.id])
      .orderBy('held_on')
      .execute();
    expect(rows).toEqual([
      {
        unit_id: tree.districtA.id,
        held_on: '2025-05-10',
        title: 'Tập huấn kỹ năng truyền thông',
        participants: 30,
      },
      {
        unit_id: tree.districtB.id,
        held_on: '2025-06-01',
        title: 'Tập huấn sơ cấp cứu',
        participants: 45,
      },
    ]);
    const events = await handle.db
      .selectFrom('audit_event')
      .select('action')
      .orderBy('seq', 'desc')
      .limit(3)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['data.import', 'record.create', 'record.create']);
  });

  it('refuses other roles, no session, a cross-site upload and a file that is not .xlsx', async () => {
    const before = await stored();
    const file = await filledIn([[tree.districtA.code, '10/05/2025', 'Lớp mới', 5, 'district']]);
    expect((await template(reviewer)).statusCode).toBe(403);
    expect((await upload(file, '0', reviewer)).statusCode).toBe(403);
    expect((await upload(file, '0', '')).statusCode).toBe(401);
    expect((await upload(file, '0', admin, {})).statusCode).toBe(403);
    const broken = await upload(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200)]), '0');
    expect(broken.json().errors[0].reason.vi).toBe('Tệp không phải .xlsx đọc được.');
    expect(await stored()).toEqual(before);
  });
});
