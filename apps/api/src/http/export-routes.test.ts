import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
const cookies: Record<'admin' | 'reviewer' | 'cadre' | 'viewer', string> = {
  admin: '',
  reviewer: '',
  cadre: '',
  viewer: '',
};

const course = (unitId: string, title: string) => ({
  id: null,
  version: null,
  record: {
    kind: 'training_course' as const,
    unitId,
    heldOn: '2025-05-10',
    title,
    participants: 25,
    level: 'district' as const,
  },
});

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
  const users: Record<keyof typeof cookies, User> = {
    admin: await createUser(handle.db, { role: 'admin', unitId: tree.province.id }),
    reviewer: await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id }),
    cadre: await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id }),
    viewer: await createUser(handle.db, { role: 'viewer', unitId: tree.districtA.id }),
  };
  for (const role of Object.keys(users) as (keyof typeof cookies)[]) {
    cookies[role] = sessionCookie(await signIn(app, users[role].email));
  }
  const asAdmin = await callerAs(handle.db, users.admin);
  await asAdmin.records.save(course(tree.districtA.id, 'Tập huấn kỹ năng truyền thông'));
  await asAdmin.records.save(course(tree.districtB.id, '=1+1 tập huấn'));
  await (await callerAs(handle.db, users.reviewer)).ambassadors.save({
    id: null,
    version: null,
    name: 'Ca sĩ Hòa Minzy',
    field: 'singer',
    channels: [],
    photoUrl: null,
    contactEmail: 'hoa@example.vn',
    contactPhone: '0901 234 567',
    status: 'active',
    termFrom: '2025-01-01',
    termTo: null,
    units: [{ unitId: tree.districtA.id, program: 'Tháng Nhân đạo' }],
  });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const get = (
  role: keyof typeof cookies | null,
  url: string,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: 'GET',
    url,
    headers: role ? { ...headers, cookie: cookies[role] } : headers,
  });

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows };
}

describe('spreadsheet exports', () => {
  it('streams the matrix as .xlsx: title, frozen filtered headers, widths, unit paths, states and reasons', async () => {
    const response = await get('admin', '/exports/matrix.xlsx?year=2025');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(/filename\*=UTF-8''Ma%20tr%E1%BA%ADn/);
    const { sheet, rows } = await readXlsx(response.rawPayload);
    expect(rows[0]?.[0]).toBe(
      `Ma trận chỉ tiêu — ${tree.province.name} — tính đến ngày 31/12/2025`,
    );
    expect(rows[1]?.slice(0, 6)).toEqual([
      'Mã đơn vị',
      'Đơn vị',
      'Cấp',
      'Đường dẫn đơn vị',
      'CT-01 – trạng thái',
      'CT-01 – lý do (Nhiệm kỳ 2022–2027)',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:T2');
    expect(sheet.getColumn(4).width).toBe(60);
    const byCode = new Map(rows.slice(2).map((r) => [r[0], r]));
    expect(byCode.size).toBe(6);
    expect(byCode.get(tree.communeA.code)?.[3]).toBe(
      `${tree.province.name} › ${tree.districtA.name} › ${tree.communeA.name}`,
    );
    // CT-05: district A trained in 2025; the reason says so.
    const ct05 = rows[1]?.indexOf('CT-05 – trạng thái') ?? -1;
    expect(byCode.get(tree.districtA.code)?.[ct05]).toBe('Đạt');
    expect(String(byCode.get(tree.districtA.code)?.[ct05 + 1])).toMatch(
      /^Đạt. Đã tổ chức 1 khóa tập huấn/,
    );
  });

  it('speaks English when the interface does, and keeps dates real dates shown dd/mm/yyyy', async () => {
    const response = await get('admin', '/exports/deadlines.xlsx?asOf=2025-12-20&horizonDays=30', {
      'x-lantoa-lang': 'en',
    });
    expect(response.statusCode).toBe(200);
    const { sheet, rows } = await readXlsx(response.rawPayload);
    expect(rows[0]?.[0]).toMatch(/^Deadlines — .* — as of 20\/12\/2025$/);
    expect(rows[1]?.slice(0, 3)).toEqual(['Due', 'Status', 'Unit code']);
    expect(rows.length).toBeGreaterThan(2);
    const due = sheet.getRow(3).getCell(1);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.numFmt).toBe('dd/mm/yyyy');
  });

  it('offers CSV in UTF-8 with a BOM, dates dd/mm/yyyy, and formula-looking text quoted', async () => {
    const response = await get('admin', '/exports/records.csv?recordKind=training_course');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.rawPayload.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Mã đơn vị,Đơn vị,Đường dẫn đơn vị,Ngày tổ chức,Tiêu đề,Số người tham gia,Cấp tổ chức',
    );
    expect(lines).toContain(
      `${tree.districtA.code},${tree.districtA.name},${tree.province.name} › ${tree.districtA.name},10/05/2025,Tập huấn kỹ năng truyền thông,25,district`,
    );
    expect(lines.some((l) => l.includes(",'=1+1 tập huấn,"))).toBe(true);
  });

  it('shows a cadre only their subtree, and masks ambassadors’ contacts as the screen does', async () => {
    const mine = await readXlsx((await get('cadre', '/exports/records.xlsx')).rawPayload);
    expect(mine.rows.slice(2).map((r) => r[0])).toEqual([tree.districtA.code]);
    const masked = await readXlsx((await get('viewer', '/exports/ambassadors.xlsx')).rawPayload);
    expect(masked.rows[2]?.slice(0, 5)).toEqual([
      'Ca sĩ Hòa Minzy',
      'singer',
      'active',
      'h•••@example.vn',
      '•••• 567',
    ]);
    const open = await readXlsx((await get('reviewer', '/exports/ambassadors.xlsx')).rawPayload);
    expect(open.rows[2]?.slice(3, 5)).toEqual(['hoa@example.vn', '0901 234 567']);
    expect(String(masked.rows[2]?.[7])).toContain(`${tree.districtA.name} (Tháng Nhân đạo)`);
  });

  it('never puts another province’s ambassadors in a province’s export', async () => {
    const other = await createProvince(handle.db);
    const otherAdmin = await createUser(handle.db, { role: 'admin', unitId: other.province.id });
    const cookie = sessionCookie(await signIn(app, otherAdmin.email));
    const response = await app.inject({
      method: 'GET',
      url: '/exports/ambassadors.xlsx',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const { rows } = await readXlsx(response.rawPayload);
    expect(rows.slice(2).flat().join(' ')).not.toContain('Hòa Minzy');
    const own = await readXlsx((await get('admin', '/exports/ambassadors.xlsx')).rawPayload);
    expect(own.rows.slice(2).map((r) => r[0])).toEqual(['Ca sĩ Hòa Minzy']);
  });

  it('exports the audit log over a date range with real timestamps', async () => {
    const response = await get('admin', '/exports/audit.xlsx?from=2000-01-01');
    expect(response.statusCode).toBe(200);
    const { sheet, rows } = await readXlsx(response.rawPayload);
    expect(rows[1]?.[1]).toBe('Thời điểm');
    // The action in words, then its code (issue 16).
    expect(rows[1]?.[3]).toBe('Thao tác');
    expect(rows.slice(2).map((r) => r[3])).toContain('Thêm đại sứ');
    expect(rows.slice(2).map((r) => r[4])).toContain('ambassador.create');
    expect(sheet.getRow(3).getCell(2).value).toBeInstanceOf(Date);
  });

  it('refuses an export out of scope, to a role without the screen, and without a session', async () => {
    const outside = await get('cadre', `/exports/matrix.xlsx?rootId=${tree.districtB.id}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('NOT_FOUND');
    expect((await get('viewer', '/exports/audit.csv')).statusCode).toBe(403);
    expect((await get('reviewer', '/exports/audit.xlsx')).statusCode).toBe(403);
    expect((await get(null, '/exports/matrix.xlsx')).statusCode).toBe(401);
    expect((await get('admin', '/exports/matrix.pdf')).statusCode).toBe(400);
    expect((await get('admin', '/exports/matrix.xlsx?rootId=not-a-uuid')).statusCode).toBe(400);
  });
});
