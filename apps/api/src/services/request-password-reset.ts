// "Forgot password": a reset link for an enabled account with this email, or nothing.
// The caller answers the same either way and sends the mail after answering, so neither
// the answer nor its timing says whether the account exists.
import type { Kysely } from 'kysely';
import { issuePasswordToken } from '../auth/password-tokens.js';
import type { Database } from '../db/schema.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function requestPasswordReset(
  db: Kysely<Database>,
  input: { email: string; address: string; now: Date },
): Promise<{ email: string; name: string; lang: 'vi' | 'en'; token: string } | null> {
  const user = await db
    .selectFrom('users as u')
    .leftJoin('notice_preferences as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.name', 'u.unit_id', 'p.lang'])
    .where('u.email', '=', input.email)
    .where('u.is_disabled', '=', false)
    .executeTakeFirst();
  if (!user) return null;
  const token = await db.transaction().execute(async (trx) => {
    const issued = await issuePasswordToken(trx, {
      userId: user.id,
      purpose: 'reset',
      now: input.now,
    });
    await appendAuditEvent(trx, {
      actorId: null,
      action: 'user.password-reset-requested',
      entity: 'user',
      entityId: user.id,
      unitId: user.unit_id,
      after: { address: input.address },
    });
    return issued;
  });
  return { email: user.email, name: user.name, lang: user.lang ?? 'vi', token };
}
