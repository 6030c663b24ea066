// The check services make once they know a row's unit (after reading it): the unit's
// relation to the user, from the database, then the domain policy's `decide`. Refusals
// read as what they mean: out of the user's reach is NOT_FOUND (a probe learns nothing),
// a role or four-eyes refusal FORBIDDEN, a state that does not allow it CONFLICT.
import {
  type Action,
  type Bilingual,
  decide,
  NO_ADOPTED_PLAN,
  type RecordState,
  type Relation,
} from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { Scope } from './get-scope.js';
import { relationOf } from './unit-scope.js';

export interface Check {
  action: Action;
  /** The unit the record belongs to (or the unit acted on). */
  unitId: string;
  state?: RecordState;
  authorId?: string | null;
  lastEditorId?: string | null;
  /** What NOT_FOUND says, when the unit is out of reach. */
  notFound?: Bilingual;
  /** What CONFLICT says, when the state does not allow the action. */
  wrongState?: Bilingual;
}

/** The caller and the day: all a check needs of the request's scope. */
type Who = Pick<Scope, 'user' | 'today'>;

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' };
const WRONG_STATE = {
  vi: 'Trạng thái hiện tại không cho phép thao tác này',
  en: 'The current status does not allow this',
};
const FOUR_EYES = {
  vi: 'Người viết hoặc người sửa sau cùng không thể tự duyệt hay tự đăng',
  en: 'Whoever wrote or last edited this cannot approve or publish it',
};

/** Where the unit stands from the user's unit today (the admin app shows buttons by it). */
export async function relationTo(db: Kysely<Database>, scope: Who, unitId: string) {
  const { rows } = await sql<{ relation: Relation }>`
    SELECT ${relationOf(scope.user.unitId, sql`${unitId}::uuid`, scope.today)} AS relation`.execute(
    db,
  );
  return rows[0]?.relation ?? 'other-province';
}

/** The refusal for this check, or null when the policy allows it. */
export async function refusalOf(
  db: Kysely<Database>,
  scope: Who,
  check: Check,
): Promise<AppError | null> {
  const { user } = scope;
  const relation = await relationTo(db, scope, check.unitId);
  const decision = decide({ ...check, role: user.role, relation, userId: user.id });
  if (decision.allowed) return null;
  switch (decision.reason) {
    case 'role':
      return forbidden();
    case 'scope':
      return decide({ role: user.role, action: 'unit.read', relation }).allowed
        ? forbidden()
        : notFound(check.notFound ?? UNIT_NOT_FOUND);
    case 'state':
      return new AppError('CONFLICT', check.wrongState ?? WRONG_STATE);
    case 'four-eyes':
      return new AppError('FORBIDDEN', FOUR_EYES);
    case 'no-plan':
      return new AppError('FORBIDDEN', NO_ADOPTED_PLAN);
  }
}

/** Throws the refusal for this check, if any. */
export async function authorize(db: Kysely<Database>, scope: Who, check: Check): Promise<void> {
  const refusal = await refusalOf(db, scope, check);
  if (refusal) throw refusal;
}

/** A hierarchy change: every unit it touches (the unit, its old and new parent) must be
 *  the caller's to change; a unit with no parent is a new province (decision 20). */
export async function authorizeUnitChange(
  db: Kysely<Database>,
  scope: Who,
  action: Action,
  unitIds: readonly (string | null)[],
): Promise<void> {
  if (
    unitIds.includes(null) &&
    !decide({ role: scope.user.role, action: 'unit.createProvince' }).allowed
  )
    throw forbidden();
  for (const unitId of unitIds) if (unitId) await authorize(db, scope, { action, unitId });
}

/** An account change: the account's unit (old and new) must be in the administrator's
 *  province, and Central's role is granted by no one through the app (decision 20). */
export async function authorizeAccount(
  db: Kysely<Database>,
  scope: Who,
  change: {
    unitIds: readonly string[];
    roles: readonly (string | undefined)[];
    notFound?: Bilingual;
  },
): Promise<void> {
  const action = 'user.manage';
  const messages = change.notFound ? { notFound: change.notFound } : {};
  for (const unitId of change.unitIds) await authorize(db, scope, { action, unitId, ...messages });
  const isNational = change.roles.includes('national');
  if (isNational && !decide({ role: scope.user.role, action: 'user.grantNational' }).allowed)
    throw forbidden();
}
