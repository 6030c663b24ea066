// The one function that answers "may this user do this here, now?". The API calls it in
// its middleware (role only), for rows whose unit it reads (relation, state, people), and
// the admin app calls it to decide which buttons to show.
import type { Role } from '../labels.js';
import {
  type Action,
  FOUR_EYES_ACTIONS,
  type Grant,
  type Grants,
  PLAN_OWNER_ACTIONS,
  POLICY,
  type RecordState,
  type Relation,
} from './actions.js';

export interface Attempt {
  role: Role;
  action: Action;
  /** The target unit's relation to the user's unit; omitted when no unit is concerned. */
  relation?: Relation;
  /** The record's state; omitted for actions on no record. */
  state?: RecordState;
  /** The user, and who wrote and who last edited the record, for four eyes. */
  userId?: string;
  authorId?: string | null;
  lastEditorId?: string | null;
  /** For an action on the province's own plan: whether the user's province runs a plan by
   *  adoption (its own, or one of a province merged into it). Omitted: not yet known. */
  hasAdoptedPlan?: boolean;
}

/** Why a refusal: `role` (never allowed), `scope` (not on this unit), `state` (not in this
 *  state), `four-eyes` (the user wrote or last edited it), `no-plan` (the province has
 *  adopted no plan, so there is none of its own to change: decision 32). */
export type Decision = { allowed: true } | { allowed: false; reason: RefusalReason };
export type RefusalReason = 'role' | 'scope' | 'state' | 'four-eyes' | 'no-plan';

const ALLOWED: Decision = { allowed: true };
const refuse = (reason: RefusalReason): Decision => ({ allowed: false, reason });

export const isPublicAction = (action: Action) => POLICY[action] === 'public';

/** The role's grant for an action, or null when the role may never do it. */
export function grantOf(role: Role, action: Action): Grant | null {
  const grants = POLICY[action];
  if (grants === 'public')
    return { relations: ['own', 'descendant', 'ancestor', 'other', 'other-province'] };
  return (grants as Grants)[role] ?? null;
}

/** The relations on which the role may do the action (empty: nowhere). */
export const relationsFor = (role: Role, action: Action): readonly Relation[] =>
  grantOf(role, action)?.relations ?? [];

export function decide(attempt: Attempt): Decision {
  const grant = grantOf(attempt.role, attempt.action);
  if (!grant) return refuse('role');
  if (attempt.relation && !grant.relations.includes(attempt.relation)) return refuse('scope');
  if (attempt.state && grant.states && !grant.states.includes(attempt.state))
    return refuse('state');
  if (FOUR_EYES_ACTIONS.has(attempt.action) && attempt.userId) {
    const people = [attempt.authorId, attempt.lastEditorId];
    if (people.includes(attempt.userId)) return refuse('four-eyes');
  }
  if (PLAN_OWNER_ACTIONS.has(attempt.action) && attempt.hasAdoptedPlan === false)
    return refuse('no-plan');
  return ALLOWED;
}

export const can = (attempt: Attempt) => decide(attempt).allowed;
