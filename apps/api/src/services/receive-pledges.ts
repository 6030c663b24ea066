// Money received for pledges, by hand or from a confirmed bank statement: each pledge says
// which version it was read at (a stale one is a CONFLICT, nothing applied), and an already
// received pledge is never received twice. One transaction, one audit event per pledge.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { PLEDGE_NOT_FOUND } from './appeal-dto.js';
import { appendAuditEvent } from './append-audit-event.js';

export interface Receipt {
  pledgeId: string;
  version: number;
  amount: number;
  receivedOn: string;
  /** The statement row it came from, for the audit trail; null when entered by hand. */
  statementRow?: number | null;
}

export async function receivePledges(
  db: Kysely<Database>,
  scope: Scope,
  appeal: { id: string; unit_id: string },
  receipts: Receipt[],
) {
  return db.transaction().execute(async (trx) => {
    for (const receipt of receipts) {
      const before = await trx
        .selectFrom('pledges')
        .selectAll()
        .where('id', '=', receipt.pledgeId)
        .where('appeal_id', '=', appeal.id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw notFound(PLEDGE_NOT_FOUND);
      if (before.version !== receipt.version || before.received_on !== null) {
        throw new AppError('CONFLICT', {
          vi: `Lượt ủng hộ ${before.reference} đã thay đổi hoặc đã nhận; hãy tải lại`,
          en: `Pledge ${before.reference} changed or was already received; reload`,
        });
      }
      await trx
        .updateTable('pledges')
        .set((eb) => ({
          received_amount: receipt.amount,
          received_on: receipt.receivedOn,
          received_by: scope.user.id,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', before.id)
        .execute();
      await appendAuditEvent(trx, {
        actorId: scope.user.id,
        action: 'pledge.receive',
        entity: 'pledge',
        entityId: before.id,
        unitId: appeal.unit_id,
        after: {
          amount: receipt.amount,
          receivedOn: receipt.receivedOn,
          statementRow: receipt.statementRow ?? null,
        },
      });
    }
    return { received: receipts.length };
  });
}
