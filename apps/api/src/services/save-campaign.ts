// Campaigns and contests organised by Central or the province; their target unit kinds
// decide which units CT-06 expects to take part.

import type { ZSaveCampaignInput } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

type Input = z.output<typeof ZSaveCampaignInput>;

/** A province's board keeps its own campaigns; Central's (no province) are read-only here. */
export async function saveCampaign(db: Kysely<Database>, scope: Scope, input: Input) {
  const actor = scope.user;
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
          .where(ownedInScope('campaign.save', scope, sql.ref('province_id')))
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
      : await trx
          .insertInto('campaigns')
          .values({ ...values, province_id: scope.provinceId })
          .returningAll()
          .executeTakeFirstOrThrow();
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
