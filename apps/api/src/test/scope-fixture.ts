// The tree and people of the generated scope matrix (test/scope-matrix-suite.ts, run by
// routers/scope-matrix-near.test.ts and scope-matrix-far.test.ts): two provinces; every
// role sits on the same district of the first, so each has an own unit, a descendant, an
// ancestor, an unrelated unit and a unit of another province (decision 20); prepared rows
// are written by a separate author, so four eyes never decides a cell (four-eyes.test.ts
// covers it).
import { type Action, decide, type RecordState, type Relation, type Role } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { createUnit, createUser } from './factories.js';

export type MatrixRelation = Relation;
export const MATRIX_ROLES: Role[] = ['admin', 'reviewer', 'cadre', 'viewer', 'national'];
export const MATRIX_RELATIONS: MatrixRelation[] = [
  'own',
  'descendant',
  'ancestor',
  'other',
  'other-province',
];

export interface Fixture {
  db: Kysely<Database>;
  units: Record<MatrixRelation, string> & {
    sibling: string;
    board: string;
    /** The second province's root and one of its districts. */
    province2: string;
    district2: string;
  };
  kinds: Record<MatrixRelation, string>;
  users: Record<Role, User>;
  /** An administrator of the province who writes every prepared row. */
  author: User;
}

export async function buildFixture(db: Kysely<Database>): Promise<Fixture> {
  const province = await createUnit(db, { kind: 'province' });
  const board = await createUnit(db, { kind: 'province_board', parentId: province.id });
  const own = await createUnit(db, { kind: 'district', parentId: province.id });
  const child = await createUnit(db, { kind: 'grassroots', parentId: own.id });
  const sibling = await createUnit(db, { kind: 'district', parentId: province.id });
  const other = await createUnit(db, { kind: 'grassroots', parentId: sibling.id });
  const province2 = await createUnit(db, { kind: 'province' });
  const district2 = await createUnit(db, { kind: 'district', parentId: province2.id });
  const elsewhere = await createUnit(db, { kind: 'grassroots', parentId: district2.id });
  const users = {} as Record<Role, User>;
  for (const role of MATRIX_ROLES) users[role] = await createUser(db, { role, unitId: own.id });
  return {
    db,
    units: {
      own: own.id,
      descendant: child.id,
      ancestor: province.id,
      other: other.id,
      'other-province': elsewhere.id,
      sibling: sibling.id,
      board: board.id,
      province2: province2.id,
      district2: district2.id,
    },
    kinds: {
      own: 'district',
      descendant: 'grassroots',
      ancestor: 'province',
      other: 'grassroots',
      'other-province': 'grassroots',
    },
    users,
    author: await createUser(db, { role: 'admin', unitId: province.id }),
  };
}

export type Outcome =
  | 'OK'
  | 'HIDDEN'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED';

/** What the policy says a cell answers: the API's reading of each refusal reason. */
export function expectedOutcome(
  role: Role,
  action: Action,
  relation: MatrixRelation | undefined,
  options: { state?: RecordState; isList?: boolean; hasAdoptedPlan?: boolean | undefined },
): Outcome {
  const { state, hasAdoptedPlan } = options;
  const decision = decide({ role, action, relation, state, hasAdoptedPlan });
  if (decision.allowed) return 'OK';
  if (decision.reason === 'state') return 'CONFLICT';
  if (decision.reason !== 'scope') return 'FORBIDDEN';
  if (options.isList) return 'HIDDEN';
  return decide({ role, action: 'unit.read', relation }).allowed ? 'FORBIDDEN' : 'NOT_FOUND';
}

const WATCHED = [
  'units',
  'unit_links',
  'users',
  'reports',
  'stories',
  'comments',
  'training_courses',
  'facebook_pages',
  'facebook_connections',
  'facebook_page_checks',
  'campaigns',
  'ambassadors',
  'ambassador_units',
  'ambassador_appearances',
  'ambassador_consents',
  'deadline_submissions',
  'appeals',
  'pledges',
  'disbursements',
  'plan_amendments',
  'plan_adoptions',
  'reorganisations',
  'unit_names',
  'official_reports',
  'audit_event',
  'audit_seal',
  'notices',
  'notice_deliveries',
  'notice_preferences',
  'notice_settings',
  'password_tokens',
  'demo_outbox',
  'registration_drives',
  'registrations',
] as const;

/** Every watched table's content, as one digest each: equal digests, nothing written. */
export async function snapshot(db: Kysely<Database>) {
  const digests: Record<string, string | null> = {};
  for (const table of WATCHED) {
    const { rows } = await sql<{ d: string | null }>`
      SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM ${sql.table(table)} t`.execute(
      db,
    );
    digests[table] = rows[0]?.d ?? null;
  }
  return digests;
}
