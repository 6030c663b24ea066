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

/** A role's grants; a role missing from an action's row may not do it anywhere. Only the
 *  national role (Trung ương) is granted `other-province`, and only to read (decision 20). */
export type Grants = Partial<Record<Role, Grant>>;

const PROVINCE: Grant = { relations: ['own', 'descendant', 'ancestor', 'other'] };
const SUBTREE: Grant = { relations: ['own', 'descendant'] };
const NATION: Grant = { relations: ['own', 'descendant', 'ancestor', 'other', 'other-province'] };
const EVERYONE_READS: Grants = {
  admin: PROVINCE,
  reviewer: PROVINCE,
  cadre: SUBTREE,
  viewer: SUBTREE,
  national: NATION,
};
const UNIT_DATA_WRITERS: Grants = { admin: PROVINCE, cadre: SUBTREE };
const BOARD: Grants = { admin: PROVINCE, reviewer: PROVINCE };
const ADMINS: Grants = { admin: PROVINCE };
/** Things every signed-in user does to their own account and notices, whatever the unit. */
const SELF: Grant = { relations: ['own'] };
const EVERYONE_FOR_THEMSELVES: Grants = {
  admin: SELF,
  reviewer: SELF,
  cadre: SELF,
  viewer: SELF,
  national: SELF,
};

/** One named action per thing a user can do. `public` actions need no account. */
export const POLICY = {
  'plan.read': 'public',
  'plan.readAmendments': EVERYONE_READS,
  'plan.amend': ADMINS,
  /** A province without a plan adopts a copy of a template plan, then amends its copy. */
  'plan.adopt': ADMINS,
  'unit.read': EVERYONE_READS,
  'unit.create': ADMINS,
  // A province is a tenant: no account opens one (nor grants Central's role) through the
  // app; whoever runs the deployment does, with its seed or CLI (decision 20).
  'unit.createProvince': {},
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
  /** Add to a report's comment thread (read with `report.read`): the board, and the
   *  unit's cadres answering it; viewers and Central only read. */
  'report.comment': { ...BOARD, cadre: SUBTREE },
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
  'story.comment': { ...BOARD, cadre: SUBTREE },
  'campaign.read': EVERYONE_READS,
  /** A province's campaigns: its board. Central's (no province) are not theirs to edit. */
  'campaign.save': BOARD,
  /** Central's own (national) campaigns: Trung ương Hội writes them, no province does;
   *  Central edits a province's only with an administrator's account there (decision 31).
   *  Such a campaign has no unit, so no relation reaches into a province: `own` only. */
  'campaign.saveNational': { national: SELF },
  'ambassador.read': EVERYONE_READS,
  'ambassador.seeContacts': BOARD,
  'ambassador.manage': BOARD,
  'ambassador.erase': ADMINS,
  // Appeals: a unit raises and reconciles its own; the province board sees every contact
  // detail givers left, and only administrators erase (as for ambassadors).
  'appeal.read': EVERYONE_READS,
  'appeal.manage': { ...BOARD, cadre: SUBTREE },
  'appeal.reconcile': { ...BOARD, cadre: SUBTREE },
  'pledge.seeContacts': BOARD,
  'pledge.erase': ADMINS,
  // Registration drives (volunteers, blood-donation days, events): a unit runs its own and
  // must call the people who signed up, so its cadres see their contacts (unlike givers');
  // only administrators erase, as for pledges (decision 28).
  'drive.read': EVERYONE_READS,
  'drive.manage': { ...BOARD, cadre: SUBTREE },
  'registration.seeContacts': { ...BOARD, cadre: SUBTREE },
  'registration.erase': ADMINS,
  'user.manage': ADMINS,
  'user.grantNational': {},
  'account.changePassword': EVERYONE_FOR_THEMSELVES,
  'notice.readOwn': EVERYONE_FOR_THEMSELVES,
  'notice.manage': ADMINS,
  'audit.read': ADMINS,
  // Official reports (Decree 30): the province board writes the province's; a cadre its
  // own unit's annual report to the province. Everyone reads those of units they read.
  'officialReport.generate': { ...BOARD, cadre: SUBTREE },
  'officialReport.read': EVERYONE_READS,
  // Connecting a unit's Facebook page with a Page access token (decision 29): the token is
  // a credential of the province's page, so only its administrators give or remove one.
  'facebook.connect': ADMINS,
  // Bulk imports from the province's spreadsheets: all-or-nothing writes across many units.
  'data.import': ADMINS,
} as const satisfies Record<string, Grants | 'public'>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** Four eyes: approving a report or publishing a story needs someone other than the
 *  person who wrote it or last edited it, administrators included. */
export const FOUR_EYES_ACTIONS: ReadonlySet<Action> = new Set(['report.approve', 'story.publish']);

/** Actions on the province's own plan (record, preview, withdraw an amendment): allowed only
 *  once the province runs a plan by adoption. A province without one is judged by plan 48,
 *  but plan 48 is the plan of the province that adopted it (An Giang, through Kiên Giang):
 *  amending it would write into another province (decision 32). */
export const PLAN_OWNER_ACTIONS: ReadonlySet<Action> = new Set(['plan.amend']);
