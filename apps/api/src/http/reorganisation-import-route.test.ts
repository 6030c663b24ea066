// A real official list through the upload route (issue 10, gap 3): thousands of rows, a
// 3 MB Excel file, far beyond the tRPC body limit, read into a draft; its own size limit
// from config (413 above it); the same policy action, session and CSRF check as the rest.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { snapshot } from '../test/scope-fixture.js';
import { openTestDb } from '../test/test-db.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROWS = 4_000;
let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: string;
let reviewer: string;
let otherAdmin: string;
let list: Buffer;

/** The province's list: a new grassroots unit a row under its districts, and the notes
 *  column official lists carry (its text does not compress, so the file is ~3 MB). */
async function officialList(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['Mã cũ', 'Mã mới', 'Tên', 'Cấp', 'Cấp trên', 'Ghi chú']);
  for (let i = 0; i < rows; i += 1) {
    const parent = i % 2 === 0 ? tree.districtA.code : tree.districtB.code;
    const note = `Căn cứ Nghị quyết số ${i}/NQ (mẫu) ${randomBytes(800).toString('base64')}`;
    sheet.addRow(['', `ch-${i}`, `Chi hội ấp số ${i}`, 'grassroots', parent, note]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (body: Buffer, cookie: string, headers: Record<string, string> = SAME_ORIGIN) =>
  app.inject({
    method: 'POST',
    url: `/imports/reorganisation?effectiveOn=2026-01-01&title=${encodeURIComponent('Danh sách chi hội ấp')}&fileName=danh-sach.xlsx`,
    headers: { ...headers, cookie, 'content-type': XLSX },
    payload: body,
  });

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  const other = await createProvince(handle.db);
  const users = await Promise.all([
    createUser(handle.db, { role: 'admin', unitId: tree.province.id }),
    createUser(handle.db, { role: 'reviewer', unitId: tree.province.id }),
    createUser(handle.db, { role: 'admin', unitId: other.province.id }),
  ]);
  app = await testApp(handle.db);
  const cookies = await Promise.all(
    users.map(async (u) => sessionCookie(await signIn(app, u.email))),
  );
  [admin, reviewer, otherAdmin] = cookies as [string, string, string];
  list = await officialList(ROWS);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('the reorganisation import route', () => {
  it('reads a 3 MB official list of thousands of rows into a draft, writing nothing', async () => {
    expect(list.length).toBeGreaterThan(3 * 1024 * 1024);
    const digest = await snapshot(handle.db);
    const started = performance.now();
    const response = await upload(list, admin);
    const ms = performance.now() - started;
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const result = response.json();
    expect(result.ok).toBe(true);
    expect(result.reorganisation.steps).toHaveLength(ROWS);
    expect(result.reorganisation.steps[0]).toMatchObject({ type: 'create' });
    expect(await snapshot(handle.db)).toEqual(digest);
    console.info(`import of ${ROWS} rows, ${list.length} bytes: ${Math.round(ms)} ms`);
  }, 120_000);

  it('refuses a list above its configured limit (413), without reading it', async () => {
    const small = await testApp(handle.db, { LANTOA_REORGANISATION_IMPORT_MAX_MB: '1' });
    try {
      const cookie = sessionCookie(
        await signIn(
          small,
          (await createUser(handle.db, { role: 'admin', unitId: tree.province.id })).email,
        ),
      );
      const response = await small.inject({
        method: 'POST',
        url: '/imports/reorganisation?effectiveOn=2026-01-01&title=x&fileName=a.xlsx',
        headers: { ...SAME_ORIGIN, cookie, 'content-type': XLSX },
        payload: list,
      });
      expect(response.statusCode).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('refuses a role without unit.reorganise, no session, and a cross-site post', async () => {
    const csv = Buffer.from(
      `Mã cũ,Mã mới,Tên,Cấp,Cấp trên\n,ch-x,Chi hội X,grassroots,${tree.districtA.code}\n`,
    );
    const post = (cookie: string, headers: Record<string, string> = SAME_ORIGIN) =>
      app.inject({
        method: 'POST',
        url: '/imports/reorganisation?effectiveOn=2026-01-01&title=x&fileName=a.csv',
        headers: { ...headers, cookie, 'content-type': 'text/csv' },
        payload: csv,
      });
    expect((await post(admin)).json().ok).toBe(true);
    expect((await post(reviewer)).statusCode).toBe(403);
    expect((await post('')).statusCode).toBe(401);
    expect((await post(admin, { origin: 'https://evil.example' })).statusCode).toBe(403);
    // Another province's administrator does not see these districts: every row is refused.
    const foreign = (await post(otherAdmin)).json();
    expect(foreign.ok).toBe(false);
    expect(foreign.errors[0]).toMatchObject({ row: 2, column: 'parent' });
  });

  it('refuses a query without its date or title (400)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/imports/reorganisation?fileName=a.csv',
      headers: { ...SAME_ORIGIN, cookie: admin, 'content-type': 'text/csv' },
      payload: 'x',
    });
    expect(response.statusCode).toBe(400);
  });
});
