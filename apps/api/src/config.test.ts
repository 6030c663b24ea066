import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, loadConfigOrExit } from './config.js';

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
