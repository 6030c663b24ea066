// The CLIs as an operator runs them, as real processes: through the running server while
// it holds DATA_DIR, directly once it has stopped, and saying which each time. Restore is
// refused while the server runs. With DATABASE_URL they connect directly.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Child, runTs } from '../test/child-process.js';
import { serverAdminDb, withDatabase } from '../test/database-url.js';

const url = process.env.DATABASE_URL;
const work = mkdtempSync(path.join(os.tmpdir(), 'lantoa-cli-'));
const children: Child[] = [];
afterAll(() => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

async function run(file: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = runTs(file, args, env);
  children.push(child);
  const code = await child.exited;
  return { code, output: child.output() };
}

describe.skipIf(url)('CLIs on PGlite', () => {
  it('go through the running server, refuse to restore under it, and work directly once it stops', async () => {
    const dataDir = path.join(work, 'pglite');
    cpSync(inject('pgliteTemplateDir'), dataDir, { recursive: true });
    const env = {
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LANTOA_DEMO: '1',
      LANTOA_DEMO_PASSWORD: 'Demo-Password-2025',
      LOG_LEVEL: 'error',
    };
    const server = runTs('src/main.ts', [], env);
    children.push(server);
    await server.waitFor(/Lan Tỏa đang chạy tại/);
    const pid = server.process.pid;

    const reform = await run('src/cli/apply-2025-reform.ts', [], env);
    expect(reform.output).toContain(`Through the running server (pid ${pid})`);
    // The default demo holds the reform as history: the command says so and changes nothing.
    expect(reform.output).toContain('Sáp nhập 01/07/2025 đã có trong dữ liệu (từ 01/07/2025)');
    expect(reform.code).toBe(0);

    const file = path.join(work, 'while-running.tar.gz');
    const backup = await run('src/cli/backup.ts', [file], env);
    expect(backup.output).toContain(`Through the running server (pid ${pid})`);
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    const refused = await run('src/cli/restore.ts', [file], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`Cannot restore: pid ${pid}`);
    expect(refused.output).toContain('Stop the server first');

    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const direct = await run('src/cli/backup.ts', [path.join(work, 'stopped.tar.gz')], env);
    expect(direct.output).toContain(`No server running: opened ${dataDir} directly (locked)`);
    expect(direct.code).toBe(0);

    const restore = await run('src/cli/restore.ts', [file], env);
    expect(restore.output).toMatch(/Audit chain verifies: \d+ sự kiện/);
    expect(restore.output).toContain('The replaced directory is kept at:');
    expect(restore.code).toBe(0);
    // Run directly on the restored data, it is as harmless.
    const again = await run('src/cli/apply-2025-reform.ts', [], env);
    expect(again.output).toContain('No server running');
    expect(again.output).toContain('The 1 July 2025 reform is already in this database');
    expect(again.code).toBe(0);
  }, 240_000);
});

describe.skipIf(!url)('CLIs on PostgreSQL', () => {
  it('connect directly, back up with pg_dump and restore', async () => {
    const name = `lantoa_cli_${randomBytes(6).toString('hex')}`;
    const admin = serverAdminDb(url as string);
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(inject('pgTemplateDb'))}`.execute(
      admin,
    );
    try {
      const env = {
        DATABASE_URL: withDatabase(url as string, name),
        DATA_DIR: path.join(work, 'unused'),
        LANTOA_DEMO: '0',
      };
      const file = path.join(work, 'pg.pgdump');
      const backup = await run('src/cli/backup.ts', [file], env);
      expect(backup.output).toContain(
        'PostgreSQL (DATABASE_URL): kết nối trực tiếp / connected directly',
      );
      expect(backup.output).toContain('Backed up (pg_dump');
      expect(backup.code).toBe(0);
      const restore = await run('src/cli/restore.ts', [file], env);
      expect(restore.output).toContain('Restored (pg_dump)');
      expect(restore.output).toMatch(/Audit chain verifies/);
      expect(restore.code).toBe(0);
    } finally {
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    }
  }, 60_000);
});
