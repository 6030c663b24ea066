// Page access tokens at rest: AES-256-GCM round trip, a fresh nonce each time, bound to
// its page record, and nothing opened by another key or from a damaged row.
import { describe, expect, it } from 'vitest';
import { TokenCipher } from './token-cipher.js';

const token = 'EAAGpageTokenForHoiCTDRachGia0123456789';
const cipher = new TokenCipher(Buffer.alloc(32, 1));

describe('TokenCipher', () => {
  it('opens what it sealed, and the sealed text shows nothing of the token', () => {
    const sealed = cipher.seal(token, 'page-1');
    expect(sealed.ciphertext).not.toContain(token);
    expect(sealed.ciphertext).not.toContain(Buffer.from(token).toString('base64url').slice(0, 12));
    expect(cipher.open(sealed, 'page-1')).toBe(token);
  });
  it('uses a fresh nonce every time', () => {
    expect(cipher.seal(token, 'page-1').ciphertext).not.toBe(
      cipher.seal(token, 'page-1').ciphertext,
    );
  });
  it('refuses another page record, another key, or a changed byte', () => {
    const sealed = cipher.seal(token, 'page-1');
    expect(cipher.open(sealed, 'page-2')).toBeNull();
    const other = new TokenCipher(Buffer.alloc(32, 2));
    expect(other.keyId).not.toBe(cipher.keyId);
    expect(other.open({ ...sealed, keyId: other.keyId }, 'page-1')).toBeNull();
    const [v, nonce, tag, body = ''] = sealed.ciphertext.split('.');
    const flipped = `${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
    expect(
      cipher.open({ ...sealed, ciphertext: [v, nonce, tag, flipped].join('.') }, 'page-1'),
    ).toBeNull();
    expect(cipher.open({ ...sealed, ciphertext: 'garbage' }, 'page-1')).toBeNull();
  });
  it('needs a 32-byte key', () => {
    expect(() => new TokenCipher(Buffer.alloc(16))).toThrow();
  });
});
