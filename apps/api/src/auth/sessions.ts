// Server-side sessions. The cookie carries a random token; the database keeps only its
// SHA-256, so a leaked sessions table cannot be replayed. Idle and absolute expiry both
// apply; revocation (sign-out, disabling a user) takes effect on the next request.
import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { PREPARED } from '../db/prepared-statements.js';
import type { Database } from '../db/schema.js';
import { nameOn } from '../services/unit-name-on.js';

export const SESSION_COOKIE = 'lantoa_session';

export interface SessionUser {
  sessionId: string;
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'reviewer' | 'cadre' | 'viewer' | 'national';
  unitId: string;
  unitCode: string;
  unitName: string;
  version: number;
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Who is calling, as the request presents it: procedures that authenticate in their own
 *  statement (reports.save, decision 7) start from the session token, not a user. */
export interface SessionOfRequest {
  token: string | undefined;
  policy: SessionPolicy;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      user_id: userId,
      token_hash: hashToken(token),
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

/** Touching last_seen_at on every request would turn reads into writes; once a minute is enough. */
export const TOUCH_EVERY_MS = 60_000;

/** The cookie's token as it must be presented: anything else is no session at all. */
export const isPlausibleToken = (token: string | undefined): token is string =>
  typeof token === 'string' && token.length > 0 && token.length <= 100;

/**
 * The signed-in user behind a token, if the session is live: not revoked, not past its
 * absolute or idle expiry, its user not disabled. Shared by findSessionUser and by the
 * one statement of reports.save, which authenticates inside itself (decision 7).
 */
export function liveSessionUser(token: string, policy: SessionPolicy, now: Date) {
  const idleCutoff = new Date(now.getTime() - policy.idleMinutes * 60_000);
  // The unit's name today (Vietnam), after any dated rename: `units.name` is never rewritten.
  const today = sql`(${now}::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  return sql`SELECT s.id AS "sessionId", s.last_seen_at, u.id, u.email, u.name, u.role,
      u.unit_id AS "unitId", un.code AS "unitCode", ${nameOn('un', today)} AS "unitName",
      u.version
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN units un ON un.id = u.unit_id
    WHERE s.token_hash = ${hashToken(token)} AND s.revoked_at IS NULL
      AND s.expires_at > ${now} AND s.last_seen_at > ${idleCutoff} AND u.is_disabled = false`;
}

export async function findSessionUser(
  db: Kysely<Database>,
  token: string | undefined,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!isPlausibleToken(token)) return null;
  // Prepared: every signed-in request runs this first (db/prepared-statements.ts).
  const { rows } = await sql<SessionUser & { last_seen_at: Date }>`${PREPARED}
    ${liveSessionUser(token, policy, now)}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('id', '=', row.sessionId)
      .execute();
  }
  const { last_seen_at: _seen, ...user } = row;
  return user;
}

export async function revokeSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', sessionId)
    .execute();
}

export async function revokeUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
