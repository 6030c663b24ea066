// Who may do what: role × action × the target unit's relation to the user × the record's
// state. This table is the only statement of the rule; the API's middleware, its scope
// expression and the admin app's buttons all read it (decision 17).
import type { Role } from '../labels.js';

/** Where the target unit stands from the user's own unit, as of the day asked about. */
export const RELATIONS = ['own', 'descendant', 'ancestor', 'other', 'other-province'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The states a grant may be limited to: a record's status, or `new` before it exists. */
export type RecordState =
  | 'new'
  | 'draft'
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'review'
  | 'published';

export interface Grant {
  relations: readonly Relation[];
  /** When present, the action is allowed only on a record in one of these states. */
  states?: readonly RecordState[];
}

/** A role's grants; a role missing from an action's row may not do it anywhere. A future
 *  national role (Trung ương) is one more key here, reading `other-province` too. */
export type Grants = Partial<Record<Role, Grant>>;

const PROVINCE: Grant = { relations: ['own', 'descendant', 'ancestor', 'other'] };
const SUBTREE: Grant = { relations: ['own', 'descendant'] };
const EVERYONE_READS: Grants = {
  admin: PROVINCE,
  reviewer: PROVINCE,
  cadre: SUBTREE,
  viewer: SUBTREE,
};
const UNIT_DATA_WRITERS: Grants = { admin: PROVINCE, cadre: SUBTREE };
const BOARD: Grants = { admin: PROVINCE, reviewer: PROVINCE };
const ADMINS: Grants = { admin: PROVINCE };

/** One named action per thing a user can do. `public` actions need no account. */
export const POLICY = {
  'plan.read': 'public',
  'plan.readAmendments': EVERYONE_READS,
  'plan.amend': ADMINS,
  'unit.read': EVERYONE_READS,
  'unit.create': ADMINS,
  'unit.rename': ADMINS,
  'unit.move': ADMINS,
  'unit.close': ADMINS,
  /** Preview, apply, list and cancel reorganisations (merge, split, dissolve, move, rename). */
  'unit.reorganise': ADMINS,
  'unit.editData': UNIT_DATA_WRITERS,
  'report.read': EVERYONE_READS,
  'report.save': {
    admin: { ...PROVINCE, states: ['new', 'draft', 'submitted', 'returned'] },
    cadre: { ...SUBTREE, states: ['new', 'draft', 'submitted', 'returned'] },
  },
  'report.submit': {
    admin: { ...PROVINCE, states: ['draft', 'returned'] },
    cadre: { ...SUBTREE, states: ['draft', 'returned'] },
  },
  'report.approve': {
    admin: { ...PROVINCE, states: ['submitted'] },
    reviewer: { ...PROVINCE, states: ['submitted'] },
  },
  'report.return': {
    admin: { ...PROVINCE, states: ['submitted'] },
    reviewer: { ...PROVINCE, states: ['submitted'] },
  },
  'report.reopen': {
    admin: { ...PROVINCE, states: ['approved'] },
    reviewer: { ...PROVINCE, states: ['approved'] },
  },
  'report.reviewQueue': BOARD,
  'story.read': EVERYONE_READS,
  'story.save': { ...BOARD, cadre: { ...SUBTREE, states: ['new', 'draft'] } },
  'story.submit': {
    admin: { ...PROVINCE, states: ['draft'] },
    reviewer: { ...PROVINCE, states: ['draft'] },
    cadre: { ...SUBTREE, states: ['draft'] },
  },
  'story.publish': {
    admin: { ...PROVINCE, states: ['draft', 'review'] },
    reviewer: { ...PROVINCE, states: ['draft', 'review'] },
  },
  'story.return': {
    admin: { ...PROVINCE, states: ['review'] },
    reviewer: { ...PROVINCE, states: ['review'] },
  },
  'story.unpublish': {
    admin: { ...PROVINCE, states: ['published'] },
    reviewer: { ...PROVINCE, states: ['published'] },
  },
  'campaign.read': EVERYONE_READS,
  'campaign.save': BOARD,
  'ambassador.read': EVERYONE_READS,
  'ambassador.seeContacts': BOARD,
  'ambassador.manage': BOARD,
  'ambassador.erase': ADMINS,
  'user.manage': ADMINS,
  'audit.read': ADMINS,
} as const satisfies Record<string, Grants | 'public'>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** Four eyes: approving a report or publishing a story needs someone other than the
 *  person who wrote it or last edited it, administrators included. */
export const FOUR_EYES_ACTIONS: ReadonlySet<Action> = new Set(['report.approve', 'story.publish']);
