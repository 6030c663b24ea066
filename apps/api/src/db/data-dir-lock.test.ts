import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runTs } from '../test/child-process.js';
import { createDb } from './create-db.js';
import { DataDirInUseError, lockDataDir, lockPathOf, readLockHolder } from './data-dir-lock.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'lantoa-lock-'));
let template = inject('pgliteTemplateDir');

beforeAll(async () => {
  // A PostgreSQL run has no PGlite template; the lock is PGlite's, so make one here.
  if (template) return;
  template = path.join(root, 'template');
  await (await createDb({ dataDir: template })).close();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function freshDataDir(name: string): string {
  const dir = path.join(root, name);
  cpSync(template, dir, { recursive: true });
  return dir;
}

describe('data directory lock, in one process', () => {
  it('refuses a second lock, names this process, and frees the directory on release', () => {
    const dir = path.join(root, 'in-process');
    const lock = lockDataDir(dir);
    const refusal = (() => {
      try {
        lockDataDir(dir);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    expect((refusal as DataDirInUseError).holder?.pid).toBe(process.pid);
    expect((refusal as Error).message).toContain(`pid ${process.pid}`);
    expect((refusal as DataDirInUseError).messages.vi).toContain('đang được một tiến trình khác');
    lock.release();
    expect(existsSync(lockPathOf(dir))).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes a directory whose lock file names a dead process or a reused pid', () => {
    const dir = path.join(root, 'left-behind');
    const dead = {
      pid: 2 ** 22 + 1,
      command: 'node main.js',
      since: '2026-01-01T00:00:00Z',
      procStart: '1',
    };
    writeFileSync(lockPathOf(dir), JSON.stringify(dead));
    expect(readLockHolder(dir)).toBeNull();
    // Our own pid with another start time: the pid was reused, the holder is gone.
    writeFileSync(lockPathOf(dir), JSON.stringify({ ...dead, pid: process.pid }));
    expect(readLockHolder(dir)).toBeNull();
    const lock = lockDataDir(dir);
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    lock.release();
  });
});

describe('data directory lock, across processes', () => {
  it('refuses a second opener at once naming the holder; after kill -9 the next open succeeds with the data intact', async () => {
    const dir = freshDataDir('shared');
    const holder = runTs('src/test/hold-data-dir.ts', [dir, 'written-before-kill']);
    const [, pid] = (await holder.waitFor(/ready (\d+)/)) as [string, string];
    expect(Number(pid)).toBe(holder.process.pid);

    const refusal = await createDb({ dataDir: dir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    const named = (refusal as DataDirInUseError).holder;
    expect(named?.pid).toBe(holder.process.pid);
    expect(named?.command).toContain('hold-data-dir.ts');
    expect((refusal as Error).message).toMatch(
      new RegExp(`pid ${pid} \\(.*hold-data-dir\\.ts.*\\), \\d{4}-`),
    );

    holder.process.kill('SIGKILL');
    await holder.exited;
    expect(existsSync(lockPathOf(dir))).toBe(true);
    const handle = await createDb({ dataDir: dir });
    try {
      const { rows } = await sql<{ value: string }>`SELECT value FROM lock_probe`.execute(
        handle.db,
      );
      expect(rows).toEqual([{ value: 'written-before-kill' }]);
      expect(readLockHolder(dir)?.pid).toBe(process.pid);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
