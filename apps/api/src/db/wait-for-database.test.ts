// Start-up waits for an unreachable database, saying so in both languages, and does not
// exit; anything else is not waited out. On PostgreSQL, through a proxy that refuses
// connections until the test opens it, the whole bootstrap waits and then completes.
import { describe, expect, it, vi } from 'vitest';
import { bootstrapWhenReady } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { createPrivateDatabase } from '../test/private-database.js';
import { TcpProxy } from '../test/tcp-proxy.js';
import { createDb } from './create-db.js';
import { describeDatabaseUrl, waitForDatabase } from './wait-for-database.js';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('waitForDatabase', () => {
  it('retries while the database is unreachable, saying what it waits for', async () => {
    const lines: string[] = [];
    let calls = 0;
    const result = await waitForDatabase(
      async () => {
        calls += 1;
        if (calls < 3) throw refused();
        return 'ready';
      },
      { what: 'PostgreSQL db:5432/lantoa', log: (line) => lines.push(line), firstDelayMs: 1 },
    );
    expect(result).toBe('ready');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Đang chờ cơ sở dữ liệu PostgreSQL db:5432\/lantoa \(ECONNREFUSED/);
    expect(lines[0]).toMatch(/Waiting for the database PostgreSQL db:5432\/lantoa/);
    expect(lines[1]).toMatch(/lần 2\. \/ .*attempt 2\./);
    expect(lines[2]).toMatch(/^Đã kết nối cơ sở dữ liệu \/ database reached/);
  });

  it('does not wait out anything else (a wrong password, a broken migration)', async () => {
    const wrong = Object.assign(new Error('password authentication failed'), { code: '28P01' });
    const log = vi.fn();
    await expect(
      waitForDatabase(() => Promise.reject(wrong), { what: 'x', log, firstDelayMs: 1 }),
    ).rejects.toBe(wrong);
    expect(log).not.toHaveBeenCalled();
  });

  it('names the server without its credentials', () => {
    expect(describeDatabaseUrl('postgres://lantoa:s3cret@db.example:6543/lantoa')).toBe(
      'PostgreSQL db.example:6543/lantoa',
    );
  });
});

const serverUrl = process.env.DATABASE_URL;

describe.skipIf(!serverUrl)('start-up while PostgreSQL is down', () => {
  it('waits, then migrates, seeds and serves once it is up', async () => {
    const database = await createPrivateDatabase(serverUrl as string);
    const target = new URL(database.url);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port) });
    await proxy.cut();
    const url = proxy.urlFor(database.url);
    const config = loadConfig({ DATABASE_URL: url, PUBLIC_ORIGIN: 'https://lantoa.example.vn' });
    const handle = await createDb({
      databaseUrl: url,
      connectTimeoutMs: config.dbConnectTimeoutMs,
    });
    try {
      const lines: string[] = [];
      const started = bootstrapWhenReady(handle, config, (line) => lines.push(line));
      await vi.waitFor(() => expect(lines.length).toBeGreaterThanOrEqual(2), { timeout: 20_000 });
      expect(lines[0]).toMatch(/^Đang chờ cơ sở dữ liệu PostgreSQL 127\.0\.0\.1:\d+\/lantoa_test_/);
      await proxy.restore();
      const result = await started;
      expect(result).toMatchObject({ seeded: true, sealError: null });
      expect(lines.at(-1)).toMatch(/database reached/);
      const units = await handle.db.selectFrom('units').select('id').execute();
      expect(units.length).toBeGreaterThan(0);
    } finally {
      await handle.close();
      await proxy.close();
      await database.drop();
    }
  });
});
