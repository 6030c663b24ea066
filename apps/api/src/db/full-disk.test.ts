// A full disk, for real: the database's files on a small tmpfs filled to the last byte
// (PGlite: its whole data directory; PostgreSQL: a tablespace holding the tables of stored
// files). A change that finds no space is answered 503 with a message that says so in the
// user's language, a Retry-After, and nothing of the database's own words; what was
// acknowledged before is all there; once space is back, the same upload goes through once.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { serverAdminDb } from '../test/database-url.js';
import { createProvince, createUser, officialReportInput } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { canMountSmallDisk, mountSmallDisk, type SmallDisk } from '../test/small-disk.js';
import { openTestDb } from '../test/test-db.js';
import type { DbHandle } from './create-db.js';

const url = process.env.DATABASE_URL;
// PostgreSQL writes to the tablespace itself: it must run on this machine.
const isLocalServer = !url || ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);
const SPACE = `lantoa_full_${process.pid}`;
/** A 1 MB PDF: more than any page left free in the tables' files. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1 << 20, 0x41)]);
const STORAGE_FULL_VI = /Máy chủ đã hết chỗ lưu trữ nên chưa lưu được thay đổi này/;

let disk: SmallDisk;
let handle: DbHandle;
let app: FastifyInstance;
let cadre: User;
let cookie: string;
let tree: Awaited<ReturnType<typeof createProvince>>;

/** PostgreSQL: the tables of stored files move to a tablespace on the small disk. */
async function filesOnSmallDisk(db: DbHandle['db']) {
  const location = path.join(disk.dir, 'tablespace');
  mkdirSync(location);
  const postgresUid = Number(execFileSync('id', ['-u', 'postgres']).toString());
  chownSync(location, postgresUid, postgresUid);
  const admin = serverAdminDb(url as string);
  await sql`CREATE TABLESPACE ${sql.id(SPACE)} LOCATION ${sql.lit(location)}`.execute(admin);
  await admin.destroy();
  for (const table of ['report_files', 'official_reports'])
    await sql`ALTER TABLE ${sql.id(table)} SET TABLESPACE ${sql.id(SPACE)}`.execute(db);
}

const upload = (reportId: string, version: number, key: string) =>
  app.inject({
    method: 'POST',
    url: `/files/reports/${reportId}?version=${version}&name=bien-ban.pdf&key=${key}`,
    headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/pdf' },
    payload: PDF,
  });

const reportOf = (id: string) =>
  handle.db
    .selectFrom('reports')
    .select(['version', 'note'])
    .where('id', '=', id)
    .executeTakeFirst();
const filesOf = (reportId: string) =>
  handle.db.selectFrom('report_files').select('id').where('report_id', '=', reportId).execute();

describe.skipIf(!canMountSmallDisk() || !isLocalServer)('a full disk', () => {
  beforeAll(async () => {
    disk = mountSmallDisk(160);
    handle = url ? await openTestDb() : await openTestDb({ under: disk.dir });
    if (url) await filesOnSmallDisk(handle.db);
    app = await testApp(handle.db);
    tree = await createProvince(handle.db);
    cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
    cookie = sessionCookie(await signIn(app, cadre.email));
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    if (url) {
      const admin = serverAdminDb(url);
      await sql`DROP TABLESPACE IF EXISTS ${sql.id(SPACE)}`.execute(admin);
      await admin.destroy();
    }
    disk?.unmount();
  });

  it('refuses an upload with a 503 that says why; the report saved before is intact', async () => {
    const saved = await (await callerAs(handle.db, cadre)).reports.save({
      unitId: tree.districtA.id,
      indicator: 'CT-05',
      periodKey: '2025',
      claimsMet: true,
      note: 'Đã tổ chức lớp tập huấn',
      links: [],
      version: null,
    });
    const key = crypto.randomUUID();
    disk.fill();
    const refused = await upload(saved.id, saved.version, key);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json().error).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringMatching(STORAGE_FULL_VI),
      details: { reason: 'storage_full' },
    });
    expect(refused.body).not.toMatch(/extend file|No space|base\/|at \w+ \(/);
    disk.free();
    expect(await reportOf(saved.id)).toEqual({ version: saved.version, note: saved.note });
    expect(await filesOf(saved.id)).toEqual([]);

    // The phone's queue sends the same upload later, under the same key: stored once.
    const stored = await upload(saved.id, saved.version, key);
    expect(stored.statusCode).toBe(200);
    expect(stored.json().version).toBe(saved.version + 1);
    expect(await filesOf(saved.id)).toHaveLength(1);
  });

  it('answers a tRPC change the same way, in English when asked', async () => {
    const reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
    const reviewerCookie = sessionCookie(await signIn(app, reviewer.email));
    const generate = () =>
      app.inject({
        method: 'POST',
        url: '/trpc/officialReports.generate',
        headers: {
          ...SAME_ORIGIN,
          cookie: reviewerCookie,
          'content-type': 'application/json',
          'accept-language': 'en',
        },
        // Long enough that its .docx needs pages the full disk cannot give.
        payload: officialReportInput(tree.province.id, {
          assessment: 'Các đơn vị đã triển khai nghiêm túc.'.repeat(200),
        }),
      });
    const kept = () => handle.db.selectFrom('official_reports').select('id').execute();
    disk.fill();
    const refused = await generate();
    disk.free();
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body).toContain('The server has run out of storage');
    expect(refused.body).not.toMatch(/extend file|No space|base\//);
    expect(await kept()).toEqual([]);
    expect((await generate()).statusCode).toBe(200);
    expect(await kept()).toHaveLength(1);
  });
});
