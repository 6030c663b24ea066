// Campaigns and contests organised by Central or the province; their target unit kinds
// decide which units CT-06 expects to take part.

import type { ZSaveCampaignInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

type Input = z.output<typeof ZSaveCampaignInput>;

export async function saveCampaign(db: Kysely<Database>, actor: SessionUser, input: Input) {
  const values = {
    title: input.title,
    kind: input.kind,
    organiser: input.organiser,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    target_kinds: JSON.stringify(input.targetKinds),
  };
  return db.transaction().execute(async (trx) => {
    const before = input.id
      ? await trx
          .selectFrom('campaigns')
          .selectAll()
          .where('id', '=', input.id)
          .forUpdate()
          .executeTakeFirst()
      : null;
    if (input.id && !before)
      throw notFound({ vi: 'Không tìm thấy chiến dịch', en: 'Campaign not found' });
    if (before && before.version !== input.version) throw conflict(before);
    const after = before
      ? await trx
          .updateTable('campaigns')
          .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx.insertInto('campaigns').values(values).returningAll().executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: before ? 'campaign.update' : 'campaign.create',
      entity: 'record',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
