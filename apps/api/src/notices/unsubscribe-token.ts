// Signed unsubscribe links: they work without signing in, so the link itself must prove
// whose preference it changes. HMAC-SHA256 over the user and channel with a key made once
// per database (app_secrets), so every replica signs and checks alike.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const SECRET_NAME = 'unsubscribe';

export async function signingKey(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name: SECRET_NAME, secret: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('secret')
    .where('name', '=', SECRET_NAME)
    .executeTakeFirstOrThrow();
  return row.secret;
}

/** The key, read once on first use: building the app must not touch the database (tests
 *  count its queries, and a start during an outage must not fail on it). */
export function lazySigningKey(db: Kysely<Database>): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => {
    key ??= signingKey(db).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  };
}

const mac = (key: string, userId: string) =>
  createHmac('sha256', key).update(`unsubscribe:email:${userId}`).digest('base64url');

export const unsubscribeToken = (key: string, userId: string) => `${userId}.${mac(key, userId)}`;

/** The user a token was signed for, or null for anything forged or malformed. */
export function verifyUnsubscribeToken(key: string, token: string): string | null {
  const [userId, given, ...rest] = token.split('.');
  if (!userId || !given || rest.length > 0 || !/^[0-9a-f-]{36}$/.test(userId)) return null;
  const expected = Buffer.from(mac(key, userId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? userId : null;
}
