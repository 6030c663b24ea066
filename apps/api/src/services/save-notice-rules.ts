// An administrator changes the đôn đốc rules for their province (optimistic concurrency,
// audited). The scheduler reads them on its next pass.
import type { NoticeRules } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { loadNoticeRules } from './load-notice-rules.js';

export async function saveNoticeRules(
  db: Kysely<Database>,
  admin: SessionUser,
  provinceId: string,
  input: { rules: NoticeRules; version: number },
) {
  return db.transaction().execute(async (trx) => {
    const before = await loadNoticeRules(trx, provinceId);
    if (before.version !== input.version) throw conflict(before);
    const rules = JSON.stringify(input.rules);
    await trx
      .insertInto('notice_settings')
      .values({ province_id: provinceId, rules, updated_by: admin.id })
      .onConflict((oc) =>
        oc.column('province_id').doUpdateSet((eb) => ({
          rules,
          updated_by: admin.id,
          updated_at: new Date(),
          version: eb('notice_settings.version', '+', 1),
        })),
      )
      .execute();
    await appendAuditEvent(trx, {
      actorId: admin.id,
      action: 'notice.rules',
      entity: 'unit',
      entityId: provinceId,
      unitId: provinceId,
      before: before.rules,
      after: input.rules,
    });
    return loadNoticeRules(trx, provinceId);
  });
}
