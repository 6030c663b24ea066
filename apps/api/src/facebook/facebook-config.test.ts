// The Facebook settings: the token key is optional (without it the app starts and
// connecting is refused), must be 32 bytes when given, and the Graph version is pinned.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const base = { LANTOA_DEMO: '1' };

describe('Facebook settings', () => {
  it('starts without a key, on the pinned Graph version', () => {
    const { facebook } = loadConfig(base, '/tmp');
    expect(facebook).toEqual({
      tokenKey: undefined,
      graphVersion: 'v23.0',
      graphUrl: 'https://graph.facebook.com',
    });
  });
  it('reads a key as base64 or hex', () => {
    const key = Buffer.alloc(32, 9);
    const b64 = loadConfig({ ...base, LANTOA_FACEBOOK_TOKEN_KEY: key.toString('base64') }, '/tmp');
    const hex = loadConfig({ ...base, LANTOA_FACEBOOK_TOKEN_KEY: key.toString('hex') }, '/tmp');
    expect(b64.facebook.tokenKey).toEqual(key);
    expect(hex.facebook.tokenKey).toEqual(key);
  });
  it('refuses a short key or a bad version with a bilingual message naming the variable', () => {
    expect(() =>
      loadConfig(
        { ...base, LANTOA_FACEBOOK_TOKEN_KEY: Buffer.alloc(16).toString('base64') },
        '/tmp',
      ),
    ).toThrow(/LANTOA_FACEBOOK_TOKEN_KEY phải .* \/ LANTOA_FACEBOOK_TOKEN_KEY must/);
    expect(() => loadConfig({ ...base, LANTOA_FACEBOOK_GRAPH_VERSION: 'latest' }, '/tmp')).toThrow(
      ConfigError,
    );
  });
});
