import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, loadConfigOrExit, loadDatabaseConfig } from './config.js';

const SERVER = { DATABASE_URL: 'postgres://db.example/lantoa' };

describe('PUBLIC_ORIGIN (decision 8)', () => {
  it('is required outside demo mode, with a bilingual message naming it', () => {
    expect(() => loadConfig(SERVER)).toThrow(ConfigError);
    expect(() => loadConfig({ ...SERVER, LANTOA_DEMO: '0' })).toThrow(
      /^Thiếu PUBLIC_ORIGIN: đặt địa chỉ công khai .* \/ PUBLIC_ORIGIN is missing: /,
    );
    expect(() => loadConfig({ DATA_DIR: '/tmp/x', LANTOA_DEMO: 'off' })).toThrow(/PUBLIC_ORIGIN/);
  });

  it('is normalised to an origin, and refused when it is not one', () => {
    const config = loadConfig({ ...SERVER, PUBLIC_ORIGIN: 'HTTPS://LanToa.Example.vn:443/' });
    expect(config.publicOrigin).toBe('https://lantoa.example.vn');
    expect(config.linkOrigin).toBe('https://lantoa.example.vn');
    for (const bad of [
      'lantoa.example.vn',
      'ftp://lantoa.example.vn',
      'https://lantoa.example.vn/app',
      'https://lantoa.example.vn/?x=1',
      'https://user:pw@lantoa.example.vn',
    ]) {
      expect(() => loadConfig({ ...SERVER, PUBLIC_ORIGIN: bad }), bad).toThrow(
        /PUBLIC_ORIGIN phải là một origin .* \/ PUBLIC_ORIGIN must be an origin/,
      );
    }
  });

  it('in demo mode defaults to the listening origin, never a request header', () => {
    const config = loadConfig({ PORT: '4100' });
    expect(config).toMatchObject({
      isDemo: true,
      publicOrigin: undefined,
      linkOrigin: 'http://localhost:4100',
    });
    expect(loadConfig({ PUBLIC_ORIGIN: 'http://demo.example:8080' }).linkOrigin).toBe(
      'http://demo.example:8080',
    );
  });
});

describe('loadConfigOrExit', () => {
  it('ends the process with the message alone, no stack, when a setting is missing', () => {
    const printed: string[] = [];
    console.error = (message: string) => printed.push(message);
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      expect(() => loadConfigOrExit(SERVER)).toThrow('exit 1');
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(/^Thiếu PUBLIC_ORIGIN: .* PUBLIC_ORIGIN is missing: /);
      expect(printed[0]).not.toMatch(/\bat \S+ \(/);
    } finally {
      exit.mockRestore();
    }
  });
});

describe('one schema for every setting (issue 16)', () => {
  it('gives every default when nothing is set, and treats an empty variable as unset', () => {
    const blank = { PORT: '', HOST: '', LOG_LEVEL: '', LANTOA_DEMO: '', DATABASE_URL: '' };
    for (const env of [{}, blank]) {
      expect(loadConfig(env, '/srv')).toMatchObject({
        port: 3000,
        host: '0.0.0.0',
        databaseUrl: undefined,
        dataDir: '/srv/.data/pglite',
        isDemo: true,
        sessionIdleMinutes: 480,
        sessionAbsoluteHours: 168,
        dbConnectTimeoutMs: 700,
        dbQueryTimeoutMs: 900,
        logLevel: 'warn',
      });
    }
  });

  it('reads LOG_LEVEL here (app.ts no longer reads the environment)', () => {
    expect(loadConfig({ LOG_LEVEL: 'INFO' }).logLevel).toBe('info');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /^LOG_LEVEL phải là một trong .* \/ LOG_LEVEL must be one of fatal, error, warn/,
    );
  });

  it('refuses a bad value with a bilingual message naming it, every bad one a line', () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ PORT: 'abc' }, /^PORT phải là một số nguyên từ 0 đến 65535\. \/ PORT must be/],
      [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
      [{ LANTOA_SESSION_IDLE_MINUTES: '0' }, /LANTOA_SESSION_IDLE_MINUTES phải là .* must be/],
      [{ LANTOA_DB_QUERY_TIMEOUT_MS: '1.5' }, /LANTOA_DB_QUERY_TIMEOUT_MS must be a whole number/],
      [{ LANTOA_DEMO: 'maybe' }, /^LANTOA_DEMO phải là 1\/0.* \/ LANTOA_DEMO must be 1\/0/],
      [{ DATABASE_URL: 'localhost:5432' }, /^DATABASE_URL phải có dạng .* \/ DATABASE_URL must/],
    ];
    for (const [env, message] of refusals) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(ConfigError);
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(message);
    }
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'x' })).toThrow(/^PORT .*\nLOG_LEVEL /);
  });

  it('accepts the flag spellings and PORT 0 (any free port)', () => {
    expect(loadConfig({ LANTOA_DEMO: 'YES' }).isDemo).toBe(true);
    expect(loadConfig({ ...SERVER, LANTOA_DEMO: 'on' }).isDemo).toBe(true);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('loadDatabaseConfig reads only where the database is, through the same schema', () => {
    expect(loadDatabaseConfig({ DATA_DIR: 'db', PUBLIC_ORIGIN: 'not checked' }, '/srv')).toEqual({
      databaseUrl: undefined,
      dataDir: '/srv/db',
    });
    expect(loadDatabaseConfig({ DATABASE_URL: 'postgresql://u@h:5432/d' }).databaseUrl).toBe(
      'postgresql://u@h:5432/d',
    );
  });
});

describe('settings in one place', () => {
  it('no server file but config.ts reads process.env', () => {
    const src = path.resolve(import.meta.dirname);
    const readers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
      .filter((file) => !file.startsWith(`test${path.sep}`) && file !== 'config.ts')
      .filter((file) => readFileSync(path.join(src, file), 'utf8').includes('process.env'));
    expect(readers).toEqual([]);
  });
});
