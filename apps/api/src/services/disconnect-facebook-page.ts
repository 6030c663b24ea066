// Disconnects a page record from Facebook: its encrypted token is deleted (nothing can use
// it any more); the checks already made stay, dated, so earlier days keep their figures.
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { conflict, notFound } from '../errors.js';
import { appendAuditEvent } from './append-audit-event.js';
import { PAGE_RECORD_NOT_FOUND } from './connect-facebook-page.js';

export async function disconnectFacebookPage(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  input: { facebookPageId: string; version: number },
) {
  return db.transaction().execute(async (trx) => {
    const connection = await trx
      .selectFrom('facebook_connections')
      .select(['id', 'unit_id', 'graph_page_id', 'status', 'version'])
      .where('facebook_page_id', '=', input.facebookPageId)
      .forUpdate()
      .executeTakeFirst();
    if (!connection) throw notFound(PAGE_RECORD_NOT_FOUND);
    await authorize(trx, scope, {
      action: 'facebook.connect',
      unitId: connection.unit_id,
      notFound: PAGE_RECORD_NOT_FOUND,
    });
    if (connection.version !== input.version) {
      throw conflict({ version: connection.version, status: connection.status });
    }
    await trx.deleteFrom('facebook_connections').where('id', '=', connection.id).execute();
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: 'facebook.disconnect',
      entity: 'facebook_connection',
      entityId: connection.id,
      unitId: connection.unit_id,
      before: {
        id: connection.id,
        facebookPageId: input.facebookPageId,
        graphPageId: connection.graph_page_id,
        status: connection.status,
      },
      after: null,
    });
    return { facebookPageId: input.facebookPageId, unitId: connection.unit_id };
  });
}
