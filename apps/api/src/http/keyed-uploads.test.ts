// An upload sent again under its key (a phone's queue after a lost answer, a second tap) is
// answered as the first one was: one file, the version the first upload made, whatever
// happened to the report since (decision 34, amended; migration 0031).
import { randomUUID } from 'node:crypto';
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

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(800, 0x20)]);

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

const send = (
  to: 'reports' | 'publications',
  id: string,
  version: number,
  key: string,
  as = cookie,
) =>
  app.inject({
    method: 'POST',
    url: `/files/${to}/${id}?version=${version}&name=bien-ban.pdf&key=${key}`,
    headers: { ...SAME_ORIGIN, cookie: as, 'content-type': 'application/pdf' },
    payload: PDF,
  });

async function newReport(periodKey: string) {
  return (await callerAs(handle.db, cadre)).reports.save({
    unitId: tree.districtA.id,
    indicator: 'CT-05',
    periodKey,
    claimsMet: true,
    note: '',
    links: [],
    version: null,
  });
}

const filesOf = (reportId: string) =>
  handle.db.selectFrom('report_files').select('id').where('report_id', '=', reportId).execute();

describe('keyed uploads', () => {
  it('answers a resent report upload as the first, even after the report moved on', async () => {
    const report = await newReport('2024');
    const key = randomUUID();
    const first = await send('reports', report.id, report.version, key);
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(report.version + 1);
    // The cadre's next edit lands before the lost answer's resend.
    await (await callerAs(handle.db, cadre)).reports.save({
      unitId: tree.districtA.id,
      indicator: 'CT-05',
      periodKey: '2024',
      claimsMet: true,
      note: 'Đã bổ sung',
      links: [],
      version: report.version + 1,
    });
    const again = await send('reports', report.id, report.version, key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await filesOf(report.id)).toHaveLength(1);
    // Without the key, the same stale version is a conflict, not a second file.
    expect((await send('reports', report.id, report.version, randomUUID())).statusCode).toBe(409);
    expect(await filesOf(report.id)).toHaveLength(1);
  });

  it('stores one file when the same publication upload arrives twice at once', async () => {
    const publication = await (await callerAs(handle.db, cadre)).records.save({
      id: null,
      version: null,
      record: {
        kind: 'publication',
        unitId: tree.districtA.id,
        title: 'Bản tin Chữ thập đỏ',
        series: 'other',
        publicationKind: 'leaflet',
        publishedOn: '2025-06-01',
        url: null,
      },
    });
    const key = randomUUID();
    const [a, b] = await Promise.all([
      send('publications', publication.id, publication.version, key),
      send('publications', publication.id, publication.version, key),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.json()).toEqual(a.json());
    const files = await handle.db
      .selectFrom('publication_files')
      .select('id')
      .where('publication_id', '=', publication.id)
      .execute();
    expect(files).toEqual([{ id: a.json().file.id }]);
  });

  it("does not answer another user's send with a key that is not theirs, nor a bad key", async () => {
    const report = await newReport('2025');
    const key = randomUUID();
    const { file } = (await send('reports', report.id, report.version, key)).json();
    const neighbour = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    const neighbourCookie = sessionCookie(await signIn(app, neighbour.email));
    const theirs = await send('reports', report.id, report.version, key, neighbourCookie);
    expect(theirs.statusCode).toBe(409);
    expect(JSON.stringify(theirs.json())).not.toContain(file.id);
    const outsider = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
    const outsiderCookie = sessionCookie(await signIn(app, outsider.email));
    expect((await send('reports', report.id, report.version, key, outsiderCookie)).statusCode).toBe(
      404,
    );
    expect((await send('reports', report.id, report.version + 1, 'not-a-key')).statusCode).toBe(
      400,
    );
    expect(await filesOf(report.id)).toHaveLength(1);
  });
});
