// A user's notice preferences: language, channels, quiet hours (Vietnam time), digest.
// Read with defaults when never saved; saved with optimistic concurrency and audited.
import { clockToMinute, minuteToClock, type NoticePreferencesInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function getNoticePreferences(db: Kysely<Database>, userId: string) {
  const p = await db
    .selectFrom('notice_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return {
    lang: p?.lang ?? 'vi',
    email: p?.email ?? true,
    zalo: p?.zalo ?? false,
    zaloUserId: p?.zalo_user_id ?? '',
    quietStart: minuteToClock(p?.quiet_start ?? 21 * 60),
    quietEnd: minuteToClock(p?.quiet_end ?? 7 * 60),
    digest: p?.digest ?? true,
    version: p?.version ?? 0,
  };
}

export async function saveNoticePreferences(
  db: Kysely<Database>,
  user: SessionUser,
  input: NoticePreferencesInput & { lang: 'vi' | 'en' },
) {
  return db.transaction().execute(async (trx) => {
    const before = await getNoticePreferences(trx, user.id);
    if (input.version !== undefined && input.version !== before.version) throw conflict(before);
    const values = {
      lang: input.lang,
      email: input.email,
      zalo: input.zalo,
      zalo_user_id: input.zaloUserId,
      quiet_start: clockToMinute(input.quietStart) ?? 21 * 60,
      quiet_end: clockToMinute(input.quietEnd) ?? 7 * 60,
      digest: input.digest,
      updated_at: new Date(),
    };
    await trx
      .insertInto('notice_preferences')
      .values({ user_id: user.id, ...values })
      .onConflict((oc) =>
        oc
          .column('user_id')
          .doUpdateSet((eb) => ({ ...values, version: eb('notice_preferences.version', '+', 1) })),
      )
      .execute();
    const after = await getNoticePreferences(trx, user.id);
    await appendAuditEvent(trx, {
      actorId: user.id,
      action: 'notice.preferences',
      entity: 'user',
      entityId: user.id,
      unitId: user.unitId,
      before,
      after,
    });
    return after;
  });
}
