// Creates or edits an appeal (its call, target, dates and receiving account). The public
// appeal JSON shows it, so its unit's public answers go stale.
import type { AppealInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { sanitizePlainText } from '../sanitize/sanitize-story-html.js';
import { APPEAL_NOT_FOUND, toAppealDto } from './appeal-dto.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function saveAppeal(db: Kysely<Database>, scope: Scope, input: AppealInput) {
  await authorize(db, scope, { action: 'appeal.manage', unitId: input.unitId });
  const values = {
    unit_id: input.unitId,
    code: input.code,
    title: input.title,
    story: sanitizePlainText(input.story),
    target_amount: input.targetAmount,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    bank_bin: input.bankBin,
    account_number: input.accountNumber,
    account_name: input.accountName,
  };
  return db.transaction().execute(async (trx) => {
    const before = input.id
      ? await trx
          .selectFrom('appeals')
          .selectAll()
          .where('id', '=', input.id)
          .forUpdate()
          .executeTakeFirst()
      : null;
    if (input.id && !before) throw notFound(APPEAL_NOT_FOUND);
    if (before) {
      // Moving an appeal to another unit needs the right over the one it leaves too.
      await authorize(trx, scope, {
        action: 'appeal.manage',
        unitId: before.unit_id,
        notFound: APPEAL_NOT_FOUND,
      });
      if (before.version !== input.version) throw conflict(toAppealDto(before));
    }
    const after = before
      ? await trx
          .updateTable('appeals')
          .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('appeals')
          .values({ ...values, created_by: scope.user.id })
          .returningAll()
          .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: before ? 'appeal.update' : 'appeal.create',
      entity: 'appeal',
      entityId: after.id,
      unitId: after.unit_id,
      before: before && toAppealDto(before),
      after: toAppealDto(after),
    });
    return toAppealDto(after);
  });
}
