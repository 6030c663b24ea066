// Campaigns and contests organised by Central or a province; their target unit kinds
// decide which units CT-06 expects to take part.

import {
  campaignSaveAction,
  grantOf,
  newCampaignOwner,
  type ZSaveCampaignInput,
} from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Scope } from '../access/get-scope.js';
import { ownedInScope } from '../access/province-owned.js';
import type { Database } from '../db/schema.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';

type Input = z.output<typeof ZSaveCampaignInput>;
const NOT_FOUND = { vi: 'Không tìm thấy chiến dịch', en: 'Campaign not found' };

/** A province's board keeps its own campaigns, Central (the national role) its own. A
 *  campaign the caller reads but whose owner's action the policy refuses is FORBIDDEN
 *  (a province board editing Central's, Central a province's); one out of reach NOT_FOUND. */
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
          .where(
            ownedInScope('campaign.read', scope, sql.ref('province_id'), { isCentralShared: true }),
          )
          .forUpdate()
          .executeTakeFirst()
      : null;
    if (input.id && !before) throw notFound(NOT_FOUND);
    if (before) {
      // Read and owner's action granted is enough: a province role reads only its own
      // province's rows (and Central's), and Central's grant reaches every province.
      if (!grantOf(actor.role, campaignSaveAction(before.province_id))) throw forbidden();
      if (before.version !== input.version) throw conflict(before);
    }
    const owner = newCampaignOwner(actor.role);
    if (!before && !owner) throw forbidden();
    const after = before
      ? await trx
          .updateTable('campaigns')
          .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('campaigns')
          .values({ ...values, province_id: owner === 'central' ? null : scope.provinceId })
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
