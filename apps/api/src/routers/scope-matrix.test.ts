// Every procedure × every role × every position in the tree: the answer, and that a
// refused call wrote nothing.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

type Role = 'admin' | 'reviewer' | 'cadre' | 'viewer';
type Target = 'own' | 'child' | 'sibling' | 'parent' | 'other';
type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN';

let handle: DbHandle;
let users: Record<Role, User>;
let units: Record<Target, string>;

beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.db;
  const province = await createUnit(db, { kind: 'province' });
  const board = await createUnit(db, { kind: 'province_board', parentId: province.id });
  const own = await createUnit(db, { kind: 'district', parentId: province.id });
  const child = await createUnit(db, { kind: 'grassroots', parentId: own.id });
  const sibling = await createUnit(db, { kind: 'district', parentId: province.id });
  const other = await createUnit(db, { kind: 'grassroots', parentId: sibling.id });
  units = {
    own: own.id,
    child: child.id,
    sibling: sibling.id,
    parent: province.id,
    other: other.id,
  };
  users = {
    admin: await createUser(db, { role: 'admin', unitId: province.id }),
    reviewer: await createUser(db, { role: 'reviewer', unitId: board.id }),
    cadre: await createUser(db, { role: 'cadre', unitId: own.id }),
    viewer: await createUser(db, { role: 'viewer', unitId: own.id }),
  };
});
afterAll(() => handle.close());

const IN_SUBTREE: Target[] = ['own', 'child'];
const readOutcome = (role: Role, target: Target): Outcome =>
  role === 'admin' || role === 'reviewer' || IN_SUBTREE.includes(target) ? 'OK' : 'NOT_FOUND';
const writeOutcome = (role: Role, target: Target): Outcome =>
  role === 'admin' ? 'OK' : role === 'cadre' ? readOutcome(role, target) : 'FORBIDDEN';

async function insertReport(unitId: string, status: 'draft' | 'submitted' | 'approved') {
  return handle.db
    .insertInto('reports')
    .values({
      unit_id: unitId,
      indicator: 'CT-05',
      period_key: '2025',
      status,
      claims_met: true,
      note: 'gốc',
      links: '[]',
      created_by: users.admin.id,
      updated_by: users.admin.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

type Caller = Awaited<ReturnType<typeof callerAs>>;
interface Case {
  name: string;
  expected: (role: Role, target: Target) => Outcome;
  /** Rows the cell needs, made before the snapshot so they don't count as the call's writes. */
  prepare?: (unitId: string) => Promise<{ reportId: string; version: number }>;
  call: (
    caller: Caller,
    unitId: string,
    prepared: { reportId: string; version: number },
  ) => Promise<unknown>;
}

const draft = async (unitId: string) => {
  const r = await insertReport(unitId, 'draft');
  return { reportId: r.id, version: r.version };
};
const submitted = async (unitId: string) => {
  const r = await insertReport(unitId, 'submitted');
  return { reportId: r.id, version: r.version };
};
const adminOnly = (role: Role): Outcome => (role === 'admin' ? 'OK' : 'FORBIDDEN');
const reviewers = (role: Role): Outcome =>
  role === 'admin' || role === 'reviewer' ? 'OK' : 'FORBIDDEN';

const CASES: Case[] = [
  {
    name: 'compliance.unit',
    expected: readOutcome,
    call: (c, unitId) => c.compliance.unit({ unitId }),
  },
  {
    name: 'compliance.matrix',
    expected: readOutcome,
    call: (c, unitId) => c.compliance.matrix({ rootId: unitId }),
  },
  {
    name: 'compliance.deadlines',
    expected: readOutcome,
    call: (c, unitId) => c.compliance.deadlines({ rootId: unitId }),
  },
  {
    name: 'reports.get',
    expected: readOutcome,
    prepare: draft,
    call: (c, _u, p) => c.reports.get({ reportId: p.reportId }),
  },
  {
    name: 'reports.save (create)',
    expected: writeOutcome,
    call: (c, unitId) =>
      c.reports.save({
        unitId,
        indicator: 'CT-06',
        periodKey: '2025',
        claimsMet: true,
        note: 'mới',
        links: [],
        version: null,
      }),
  },
  {
    name: 'reports.save (edit)',
    expected: writeOutcome,
    prepare: draft,
    call: (c, unitId, p) =>
      c.reports.save({
        unitId,
        indicator: 'CT-05',
        periodKey: '2025',
        claimsMet: false,
        note: 'sửa',
        links: [],
        version: p.version,
      }),
  },
  {
    name: 'reports.submit',
    expected: writeOutcome,
    prepare: draft,
    call: (c, _u, p) => c.reports.submit(p),
  },
  {
    name: 'reports.review',
    expected: reviewers,
    prepare: submitted,
    call: (c, _u, p) => c.reports.review({ ...p, decision: 'approve', comment: '' }),
  },
  { name: 'reports.reviewQueue', expected: reviewers, call: (c) => c.reports.reviewQueue() },
  {
    name: 'units.rename',
    expected: adminOnly,
    call: async (c, unitId) => {
      const unit = await handle.db
        .selectFrom('units')
        .select('version')
        .where('id', '=', unitId)
        .executeTakeFirstOrThrow();
      return c.units.rename({ unitId, version: unit.version, name: 'Tên mới' });
    },
  },
  { name: 'users.list', expected: adminOnly, call: (c) => c.users.list() },
  { name: 'users.signInAlerts', expected: adminOnly, call: (c) => c.users.signInAlerts() },
  { name: 'audit.list', expected: adminOnly, call: (c) => c.audit.list({ limit: 5 }) },
];

const ROLES: Role[] = ['admin', 'reviewer', 'cadre', 'viewer'];
const TARGETS: Target[] = ['own', 'child', 'sibling', 'parent', 'other'];

async function snapshot() {
  const [audit, reports, unitRows] = await Promise.all([
    handle.db
      .selectFrom('audit_event')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    handle.db.selectFrom('reports').selectAll().orderBy('id').execute(),
    handle.db.selectFrom('units').select(['id', 'name', 'version']).orderBy('id').execute(),
  ]);
  return { audit: Number(audit.n), reports, units: unitRows };
}

describe.each(CASES)('$name', (testCase) => {
  it.each(ROLES.flatMap((role) => TARGETS.map((target) => [role, target] as const)))(
    '%s on %s unit',
    async (role, target) => {
      const caller = await callerAs(handle.db, users[role]);
      const unitId = units[target];
      const prepared = (await testCase.prepare?.(unitId)) ?? { reportId: '', version: 0 };
      const before = await snapshot();
      const outcome = await testCase.call(caller, unitId, prepared).then(
        () => 'OK',
        (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
      );
      expect(outcome).toBe(testCase.expected(role, target));
      if (outcome !== 'OK') expect(await snapshot()).toEqual(before);
      await handle.db.deleteFrom('reports').execute();
    },
  );
});
