import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let cadre: User;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cookie: string;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 0x20)]);

beforeAll(async () => {
  handle = await openTestDb();
  app = await testApp(handle.db);
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  cookie = sessionCookie(await signIn(app, cadre.email));
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function newReport(unitId = tree.districtA.id, periodKey = '2025') {
  const asCadre = await callerAs(handle.db, cadre);
  return asCadre.reports.save({
    unitId,
    indicator: 'CT-05',
    periodKey,
    claimsMet: true,
    note: '',
    links: [],
    version: null,
  });
}

const upload = (
  reportId: string,
  version: number,
  body: Buffer,
  type = 'application/pdf',
  headers: Record<string, string> = SAME_ORIGIN,
) =>
  app.inject({
    method: 'POST',
    url: `/files/reports/${reportId}?version=${version}&name=${encodeURIComponent('Biên bản tập huấn.pdf')}`,
    headers: { ...headers, cookie, 'content-type': type },
    payload: body,
  });

describe('evidence files', () => {
  it('uploads a PDF, bumps the report version, and downloads it as an attachment', async () => {
    const report = await newReport();
    const response = await upload(report.id, report.version, PDF);
    expect(response.statusCode).toBe(200);
    const { file, reportVersion } = response.json();
    expect(reportVersion).toBe(report.version + 1);
    expect(file).toMatchObject({
      fileName: 'Biên bản tập huấn.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const download = await app.inject({
      method: 'GET',
      url: `/files/${file.id}`,
      headers: { cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Bien ban tap huan.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20t%E1%BA%ADp%20hu%E1%BA%A5n.pdf`,
    );
    expect(download.headers['content-security-policy']).toContain('sandbox');
    const detail = await (await callerAs(handle.db, cadre)).compliance.unit({
      unitId: tree.districtA.id,
    });
    expect(detail.reports.find((r) => r.id === report.id)?.files).toHaveLength(1);
  });

  it('refuses a file whose bytes do not match its type, a stale version, and a cross-site upload', async () => {
    const report = await newReport(tree.districtA.id, '2024');
    expect(
      (await upload(report.id, report.version, Buffer.from('<script>alert(1)</script>')))
        .statusCode,
    ).toBe(400);
    expect((await upload(report.id, report.version, PDF, 'text/html')).statusCode).toBe(415);
    expect((await upload(report.id, report.version + 5, PDF)).statusCode).toBe(409);
    expect(
      (
        await upload(report.id, report.version, PDF, 'application/pdf', {
          origin: 'https://evil.example',
        })
      ).statusCode,
    ).toBe(403);
    const files = await handle.db
      .selectFrom('report_files')
      .select('id')
      .where('report_id', '=', report.id)
      .execute();
    expect(files).toHaveLength(0);
  });

  it('refuses files over 5 MB', async () => {
    const report = await newReport(tree.districtA.id, '2026');
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await upload(report.id, report.version, big)).statusCode).toBe(413);
  });

  it('hides files of other districts', async () => {
    const other = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const otherCookie = sessionCookie(await signIn(app, other.email));
    const report = await newReport(tree.districtA.id, '2027');
    const { file } = (await upload(report.id, report.version, PDF)).json();
    const response = await app.inject({
      method: 'GET',
      url: `/files/${file.id}`,
      headers: { cookie: otherCookie },
    });
    expect(response.statusCode).toBe(404);
    const anonymous = await app.inject({ method: 'GET', url: `/files/${file.id}` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('removing a file', () => {
  it('detaches a report file with the current version, refusing a stale one, a locked report and a cross-site call', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const target = await asCadre.reports.save({
      unitId: tree.districtA.id,
      indicator: 'CT-06',
      periodKey: '2024',
      claimsMet: true,
      note: '',
      links: [],
      version: null,
    });
    const { file, version } = (await upload(target.id, target.version, PDF)).json();
    const remove = (v: number, headers: Record<string, string> = SAME_ORIGIN) =>
      app.inject({
        method: 'DELETE',
        url: `/files/${file.id}?version=${v}`,
        headers: { ...headers, cookie },
      });
    expect((await remove(version, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await remove(version - 1)).statusCode).toBe(409);
    const removed = await remove(version);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().version).toBe(version + 1);
    expect(
      await handle.db.selectFrom('report_files').select('id').where('id', '=', file.id).execute(),
    ).toEqual([]);
    expect((await remove(version + 1)).statusCode).toBe(404);
  });
});

describe('the publications archive', () => {
  it('stores a publication file, lists it with the record, and serves it in scope only', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const publication = await asCadre.records.save({
      id: null,
      version: null,
      record: {
        kind: 'publication',
        unitId: tree.districtA.id,
        title: 'Tờ rơi hiến máu',
        series: 'other',
        publicationKind: 'leaflet',
        publishedOn: '2025-06-01',
        url: null,
      },
    });
    const response = await app.inject({
      method: 'POST',
      url: `/files/publications/${publication.id}?version=${publication.version}&name=to-roi.pdf`,
      headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(response.statusCode).toBe(200);
    const { file, version } = response.json();
    expect(version).toBe(publication.version + 1);
    const records = await asCadre.records.ofUnit({ unitId: tree.districtA.id });
    expect(records.publication.find((p) => p.id === publication.id)?.files).toEqual([
      {
        id: file.id,
        fileName: 'to-roi.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
      },
    ]);
    const download = await app.inject({
      method: 'GET',
      url: `/files/archive/${file.id}`,
      headers: { cookie },
    });
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const stale = await app.inject({
      method: 'POST',
      url: `/files/publications/${publication.id}?version=${publication.version}&name=x.pdf`,
      headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(stale.statusCode).toBe(409);
    const other = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const otherCookie = sessionCookie(await signIn(app, other.email));
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/files/archive/${file.id}`,
          headers: { cookie: otherCookie },
        })
      ).statusCode,
    ).toBe(404);
  });
});
