// Single-use links for setting a password (reset by email, invitation). The link carries
// a random token; the database keeps only its SHA-256, so a leaked table opens nothing.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const RESET_TTL_MS = 30 * 60_000;
export const INVITE_TTL_MS = 7 * 24 * 3_600_000;

export const hashPasswordToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/** A new link for the user; earlier unused links of the same purpose stop working. */
export async function issuePasswordToken(
  trx: Kysely<Database>,
  input: { userId: string; purpose: 'reset' | 'invite'; now: Date },
): Promise<string> {
  await trx
    .updateTable('password_tokens')
    .set({ used_at: input.now })
    .where('user_id', '=', input.userId)
    .where('purpose', '=', input.purpose)
    .where('used_at', 'is', null)
    .execute();
  const token = randomBytes(32).toString('base64url');
  const ttl = input.purpose === 'reset' ? RESET_TTL_MS : INVITE_TTL_MS;
  await trx
    .insertInto('password_tokens')
    .values({
      user_id: input.userId,
      purpose: input.purpose,
      token_hash: hashPasswordToken(token),
      expires_at: new Date(input.now.getTime() + ttl),
      created_at: input.now,
    })
    .execute();
  return token;
}
