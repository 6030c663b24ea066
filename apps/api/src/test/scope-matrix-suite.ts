// The generated scope matrix (decision 17), as a suite a test file runs for some of the
// target unit's relations: the cells are many (2,500+), so two files share them and the
// test runner's two workers take one each. Every procedure of the app router × every role ×
// the target unit's relation to the user (own, descendant, ancestor, other, other-province:
// two provinces, decision 20). Each cell's expected answer is the policy's; a refused cell
// must leave every watched table as it was. A procedure that declares no policy action, or
// has no case here, fails the test (checked once, by the file that runs `own`).
import { ACTIONS } from '@lantoa/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { appRouter } from '../routers/app-router.js';
import { declaredProcedures } from '../trpc.js';
import { callerAs } from './caller.js';
import { NOTHING_PREPARED, PROCEDURE_CASES } from './procedure-cases.js';
import {
  buildFixture,
  expectedOutcome,
  type Fixture,
  MATRIX_RELATIONS,
  MATRIX_ROLES,
  type MatrixRelation,
  snapshot,
} from './scope-fixture.js';
import { openTestDb } from './test-db.js';

/** The two files' shares of the relations; together every one of them, checked below. */
export const MATRIX_SHARES: Record<'near' | 'far', MatrixRelation[]> = {
  near: ['own', 'descendant', 'ancestor'],
  far: ['other', 'other-province'],
};

export function scopeMatrixSuite(relations: MatrixRelation[]) {
  let handle: DbHandle;
  let fixture: Fixture;

  beforeAll(async () => {
    handle = await openTestDb();
    fixture = await buildFixture(handle.db);
  });
  afterAll(() => handle.close());
  // Reports are unique per unit × indicator × period: each cell starts without any.
  afterEach(() => handle.db.deleteFrom('reports').execute());

  if (relations.includes('own'))
    describe('every procedure declares policy actions and has matrix cases', () => {
      it('the two files together run every relation', () => {
        expect([...MATRIX_SHARES.near, ...MATRIX_SHARES.far].sort()).toEqual(
          [...MATRIX_RELATIONS].sort(),
        );
      });
      it.each(declaredProcedures(appRouter))('$path', ({ path, meta }) => {
        expect(meta?.actions?.length, `${path} declares no action`).toBeGreaterThan(0);
        for (const action of meta?.actions ?? []) expect(ACTIONS).toContain(action);
        const cases = PROCEDURE_CASES.filter((c) => c.path === path);
        expect(cases.length, `${path} has no scope-matrix case`).toBeGreaterThan(0);
        for (const c of cases) expect(meta?.actions).toContain(c.action);
      });
    });

  const cells = PROCEDURE_CASES.flatMap((testCase) =>
    MATRIX_ROLES.flatMap((role) =>
      MATRIX_RELATIONS.map((relation) => ({
        name: `${testCase.path}${testCase.variant ? ` (${testCase.variant})` : ''}`,
        testCase,
        role,
        relation,
      })),
    ),
  );

  const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

  function expectedFor(cell: (typeof cells)[number]): string {
    const { testCase, role, relation } = cell;
    const asked = testCase.isProvinceOwned
      ? relation === 'other-province'
        ? relation
        : undefined
      : relation;
    const outcomeOf = (action: typeof testCase.action) =>
      expectedOutcome(role, action, testCase.isUnitless ? undefined : asked, {
        state: testCase.state,
        isList: Boolean(testCase.shows),
        hasAdoptedPlan: testCase.hasAdoptedPlan,
      });
    const expected =
      testCase.orAction && outcomeOf(testCase.orAction) === 'OK'
        ? 'OK'
        : outcomeOf(testCase.action);
    if (expected === 'OK' && testCase.whenAllowed) return testCase.whenAllowed(relation, fixture);
    return expected;
  }

  describe.each(relations)('on the %s unit', (relation: MatrixRelation) => {
    it.each(cells.filter((c) => c.relation === relation))('$name as $role', async (cell) => {
      const { testCase, role } = cell;
      const unitId = fixture.units[relation];
      const caller = await callerAs(handle.db, fixture.users[role]);
      const prepared = (await testCase.prepare?.(fixture, unitId)) ?? NOTHING_PREPARED;
      const before = await snapshot(handle.db);
      const outcome = await testCase
        .call(caller, unitId, prepared, fixture)
        .then(
          (answer) => (testCase.shows && !testCase.shows(answer, prepared) ? 'HIDDEN' : 'OK'),
          codeOf,
        );
      expect(outcome).toBe(expectedFor(cell));
      if (outcome !== 'OK') expect(await snapshot(handle.db)).toEqual(before);
    });
  });
}
