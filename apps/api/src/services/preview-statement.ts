// A bank statement matched against an appeal's pledges, for staff to confirm: nothing is
// written here. The answer carries each candidate pledge's version, so the confirmation
// (receivePledges) refuses anything that changed in between.
import { matchStatement } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toAmount } from '../db/schema-giving.js';
import { readBankStatement } from './read-bank-statement.js';

export async function previewStatement(
  db: Kysely<Database>,
  appealId: string,
  file: { fileName: string; bytes: Buffer },
) {
  const rows = await readBankStatement(file.fileName, file.bytes);
  const pledgeRows = await db
    .selectFrom('pledges')
    .select(['id', 'version', 'reference', 'amount', 'display_name', 'received_on'])
    .where('appeal_id', '=', appealId)
    .execute();
  const pledges = pledgeRows.map((p) => ({
    id: p.id,
    version: p.version,
    reference: p.reference,
    amount: toAmount(p.amount),
    displayName: p.display_name,
    isReceived: p.received_on !== null,
  }));
  const matches = matchStatement(rows, pledges);
  const counts = { matched: 0, ambiguous: 0, unmatched: 0 };
  for (const m of matches) counts[m.outcome] += 1;
  const byId = new Map(pledges.map((p) => [p.id, p]));
  return {
    counts,
    rows: rows.map((row, i) => {
      const match = matches[i] as (typeof matches)[number];
      const ids = match.pledgeId ? [match.pledgeId] : match.candidateIds;
      return {
        ...row,
        ...match,
        pledges: ids.map((id) => byId.get(id)).filter((p) => p !== undefined),
      };
    }),
  };
}
