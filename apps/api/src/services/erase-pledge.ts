// A giver's right to erasure (Law 91/2025/QH15), like an ambassador's: the name and contact
// details go, the row stays (the money and its memo code are accounts, not personal data),
// and the public accounts show the gift as anonymous from then on.
import type { Kysely } from 'kysely';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { PLEDGE_NOT_FOUND } from './appeal-dto.js';
import { eraseContactDetails } from './erase-contact-details.js';
import { loadAppealFor } from './load-appeal-for.js';

export async function pledgeAppeal(db: Kysely<Database>, pledgeId: string) {
  const row = await db
    .selectFrom('pledges')
    .select(['appeal_id'])
    .where('id', '=', pledgeId)
    .executeTakeFirst();
  if (!row) throw notFound(PLEDGE_NOT_FOUND);
  return row.appeal_id;
}

export async function erasePledge(db: Kysely<Database>, scope: Scope, pledgeId: string) {
  const appeal = await loadAppealFor(db, scope, 'pledge.erase', await pledgeAppeal(db, pledgeId));
  return eraseContactDetails(db, scope.user.id, {
    kind: 'pledge',
    id: pledgeId,
    unitId: appeal.unit_id,
  });
}
