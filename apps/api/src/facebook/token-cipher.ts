// Page access tokens at rest: AES-256-GCM (node:crypto) with the key from
// LANTOA_FACEBOOK_TOKEN_KEY. Each token gets a fresh 12-byte nonce; the page record's id is
// the additional data, so a ciphertext copied onto another row does not decrypt. The key
// id (a hash of the key, never the key) tells "the key changed" from "the row is damaged".
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface SealedToken {
  ciphertext: string;
  keyId: string;
}

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class TokenCipher {
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('AES-256 needs a 32-byte key');
    this.keyId = createHash('sha256').update('lantoa-facebook-token-key').update(key).digest('hex');
    this.keyId = this.keyId.slice(0, 16);
  }

  seal(token: string, boundTo: string): SealedToken {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    const parts = [nonce, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
    return { ciphertext: [VERSION, ...parts].join('.'), keyId: this.keyId };
  }

  /** The token, or null when this key cannot open it (another key, a damaged row). */
  open(sealed: SealedToken, boundTo: string): string | null {
    if (sealed.keyId !== this.keyId) return null;
    const [version, nonce, tag, body] = sealed.ciphertext.split('.');
    if (version !== VERSION || !nonce || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    } catch {
      return null;
    }
  }
}
