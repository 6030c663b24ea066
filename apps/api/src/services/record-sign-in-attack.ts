// Tells the administrators that an account is under attack: an audit event on the user,
// which the users page lists (listSignInAlerts). Emails with no account leave no event:
// the server's warning log is their only trace.
import type { Kysely } from 'kysely';
import type { SignInAlert } from '../auth/rate-limiter.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export const SIGN_IN_ATTACK_ACTION = 'user.sign-in-attack';

export async function recordSignInAttack(
  db: Kysely<Database>,
  alert: SignInAlert,
): Promise<{ userId: string } | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'unit_id'])
    .where('email', '=', alert.email)
    .executeTakeFirst();
  if (!user) return null;
  await appendAuditEvent(db, {
    actorId: null,
    action: SIGN_IN_ATTACK_ACTION,
    entity: 'user',
    entityId: user.id,
    unitId: user.unit_id,
    after: {
      failures: alert.failures,
      newFailures: alert.newFailures,
      addresses: alert.addresses,
      sampleAddresses: alert.sampleAddresses,
    },
  });
  return { userId: user.id };
}
