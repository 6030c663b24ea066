// The embedded database keeps a write it acknowledged across a power cut. A power cut
// keeps only what was fsynced, so the test keeps a "disk" beside the data directory that
// holds exactly that: a copy of the directory as it was when PGlite opened it, and then,
// at each fsync(2) PGlite makes, the synced file as it is at that moment. When the save
// answers 200, that disk is what a power cut would leave; PGlite opens it (crash recovery
// from the WAL) and must find the save and its audit event. The same model shows that the
// old setup (fsync off, relaxed durability) loses the write, so the model can tell.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { createProvince, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { createDb } from './create-db.js';

const made: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lantoa-power-cut-${name}-`));
  made.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A data directory (from the test template) and the disk a power cut would leave of it. */
function directoryWithDisk() {
  const dataDir = path.join(tempDir('data'), 'pglite');
  fs.cpSync(inject('pgliteTemplateDir'), dataDir, { recursive: true });
  const disk = path.join(tempDir('disk'), 'pglite');
  fs.cpSync(dataDir, disk, { recursive: true });
  const fsyncSync = fs.fsyncSync;
  const spy = vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
    fsyncSync(fd);
    const synced = fs.readlinkSync(`/proc/self/fd/${fd}`);
    if (!synced.startsWith(`${dataDir}/`) && synced !== dataDir) return;
    const onDisk = path.join(disk, path.relative(dataDir, synced));
    if (fs.statSync(synced).isDirectory()) fs.mkdirSync(onDisk, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(onDisk), { recursive: true });
      fs.copyFileSync(synced, onDisk);
    }
  });
  /** The power goes: from now on nothing more reaches the disk. */
  const cutPower = () => spy.mockRestore();
  return { dataDir, disk, cutPower };
}

// Three PGlite instances opened one after the other, and a copy per fsync: slow on a busy
// machine, hence the long timeouts.
describe.skipIf(process.env.DATABASE_URL)('a power cut on the embedded database', () => {
  it('keeps a save that answered 200, and its audit event', async () => {
    const { dataDir, disk, cutPower } = directoryWithDisk();
    const handle = await createDb({ dataDir });
    const app = await testApp(handle.db);
    try {
      const tree = await createProvince(handle.db);
      const cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
      const cookie = sessionCookie(await signIn(app, cadre.email));
      const response = await app.inject({
        method: 'POST',
        url: '/trpc/reports.save',
        headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
        payload: {
          unitId: tree.districtA.id,
          indicator: 'CT-05',
          periodKey: '2025',
          claimsMet: true,
          note: 'ghi trước khi mất điện',
          links: [],
          version: null,
        },
      });
      expect(response.statusCode, response.body).toBe(200);
      cutPower();
      const saved = response.json().result.data as { id: string };

      const afterCut = await createDb({ dataDir: disk });
      try {
        const report = await afterCut.db
          .selectFrom('reports')
          .select(['note', 'version'])
          .where('id', '=', saved.id)
          .executeTakeFirst();
        expect(report).toEqual({ note: 'ghi trước khi mất điện', version: 1 });
        const events = await afterCut.db
          .selectFrom('audit_event')
          .select('action')
          .where('entity', '=', 'report')
          .where('entity_id', '=', saved.id)
          .execute();
        expect(events).toHaveLength(1);
      } finally {
        await afterCut.close();
      }
    } finally {
      await app.close();
      await handle.close();
    }
  }, 120_000);

  it('tells: with fsync off and relaxed durability (the old setup) the write is lost', async () => {
    const { dataDir, disk, cutPower } = directoryWithDisk();
    const relaxed = await PGlite.create({ dataDir, relaxedDurability: true });
    await relaxed.exec(
      `CREATE TABLE power_cut_probe (note text); INSERT INTO power_cut_probe VALUES ('x')`,
    );
    cutPower();
    await relaxed.close();
    const afterCut = await PGlite.create({ dataDir: disk });
    try {
      const { rows } = await afterCut.query(`SELECT to_regclass('power_cut_probe') AS t`);
      expect(rows).toEqual([{ t: null }]);
    } finally {
      await afterCut.close();
    }
  }, 120_000);
});
