// An appeal read for a staff action: found, then the action checked against its unit.
import type { Action } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { APPEAL_NOT_FOUND } from './appeal-dto.js';

export async function loadAppealFor(
  db: Kysely<Database>,
  scope: Scope,
  action: Action,
  appealId: string,
) {
  const appeal = await db
    .selectFrom('appeals')
    .selectAll()
    .where('id', '=', appealId)
    .executeTakeFirst();
  if (!appeal) throw notFound(APPEAL_NOT_FOUND);
  await authorize(db, scope, { action, unitId: appeal.unit_id, notFound: APPEAL_NOT_FOUND });
  return appeal;
}
