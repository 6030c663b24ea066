// A refused sign-in on an existing account (wrong password, or a disabled user) is an audit
// event on that account. Bounded: only the first failures of a run are recorded one by one
// (below the limiter's first alert); past that the attack alerts at 10, 20, 40 ... failures
// summarise them, so a distributed guessing run adds rows logarithmically, not per attempt.
// An email with no account leaves no row at all: it names nobody, and recording it would
// let anyone grow the append-only audit table with strings of their choosing (decision 16).
import type { Kysely } from 'kysely';
import { SIGN_IN_POLICY } from '../auth/rate-limiter.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export const SIGN_IN_REFUSED_ACTION = 'user.sign-in-refused';

/** `failures`: the account's failures counted by the limiter, this one included. */
export async function recordSignInRefusal(
  db: Kysely<Database>,
  input: { email: string; address: string; failures: number },
): Promise<{ userId: string } | null> {
  if (input.failures >= SIGN_IN_POLICY.alertAt) return null;
  const user = await db
    .selectFrom('users')
    .select(['id', 'unit_id', 'is_disabled'])
    .where('email', '=', input.email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) return null;
  await appendAuditEvent(db, {
    actorId: null,
    action: SIGN_IN_REFUSED_ACTION,
    entity: 'user',
    entityId: user.id,
    unitId: user.unit_id,
    after: { address: input.address, isDisabled: user.is_disabled, failures: input.failures },
  });
  return { userId: user.id };
}
