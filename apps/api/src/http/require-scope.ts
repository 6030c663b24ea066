// The caller of a plain-HTTP route (/exports, /imports): the session cookie's user and
// their unit scope for today, or 401. The policy check is the route's own.
import { todayInVietnam } from '@lantoa/domain';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { getScope } from '../access/get-scope.js';
import { findSessionUser, SESSION_COOKIE, type SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { unauthorized } from '../errors.js';

export async function requireScope(
  db: Kysely<Database>,
  policy: SessionPolicy,
  req: FastifyRequest,
) {
  const user = await findSessionUser(db, req.cookies[SESSION_COOKIE], policy);
  if (!user) throw unauthorized();
  return getScope(db, user, todayInVietnam(new Date()));
}
