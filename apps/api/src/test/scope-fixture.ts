// The tree and people of the generated scope matrix (routers/scope-matrix.test.ts): every
// role sits on the same district, so each has an own unit, a descendant, an ancestor and
// an unrelated unit; prepared rows are written by a separate author, so four eyes never
// decides a cell (four-eyes.test.ts covers it).
import { type Action, decide, type RecordState, type Relation, type Role } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { createUnit, createUser } from './factories.js';

export type MatrixRelation = Exclude<Relation, 'other-province'>;
export const MATRIX_ROLES: Role[] = ['admin', 'reviewer', 'cadre', 'viewer'];
export const MATRIX_RELATIONS: MatrixRelation[] = ['own', 'descendant', 'ancestor', 'other'];

export interface Fixture {
  db: Kysely<Database>;
  units: Record<MatrixRelation, string> & { sibling: string; board: string };
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
  const users = {} as Record<Role, User>;
  for (const role of MATRIX_ROLES) users[role] = await createUser(db, { role, unitId: own.id });
  return {
    db,
    units: {
      own: own.id,
      descendant: child.id,
      ancestor: province.id,
      other: other.id,
      sibling: sibling.id,
      board: board.id,
    },
    kinds: { own: 'district', descendant: 'grassroots', ancestor: 'province', other: 'grassroots' },
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
  options: { state?: RecordState; isList?: boolean },
): Outcome {
  const decision = decide({ role, action, relation, state: options.state });
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
  'training_courses',
  'campaigns',
  'ambassadors',
  'ambassador_units',
  'ambassador_appearances',
  'ambassador_consents',
  'deadline_submissions',
  'plan_amendments',
  'reorganisations',
  'unit_names',
  'audit_event',
  'audit_seal',
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
