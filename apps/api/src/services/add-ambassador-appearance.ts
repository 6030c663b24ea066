// An ambassador's appearance: date, event or campaign, kind, reach.
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { assertLiveAmbassador } from './ambassador-guards.js';
import { appendAuditEvent } from './append-audit-event.js';

export async function addAppearance(
  db: Kysely<Database>,
  actor: SessionUser,
  input: { ambassadorId: string; appearedOn: string; event: string; kind: string; reach: number },
) {
  return db.transaction().execute(async (trx) => {
    await assertLiveAmbassador(trx, input.ambassadorId);
    const row = await trx
      .insertInto('ambassador_appearances')
      .values({
        ambassador_id: input.ambassadorId,
        appeared_on: input.appearedOn,
        event: input.event,
        kind: input.kind,
        reach: input.reach,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'ambassador.appearance',
      entity: 'ambassador',
      entityId: input.ambassadorId,
      after: row,
    });
    return row;
  });
}
