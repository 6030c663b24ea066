import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { evaluate } from './evaluate.js';
import { periodsOf } from './periods.js';
import { RULE_IDS } from './plan.js';
import {
  amendmentProblems,
  type PlanAmendment,
  type PlanChange,
  planInForce,
  ZPlanAmendmentInput,
} from './plan-amendments.js';
import { BASE_PLAN, type PlanDefinition, ZPlanDefinition } from './plan-definition.js';
import { rollup } from './rollup.js';
import { fact, makeUnit } from './test-factories.js';
import { type Fact, UNIT_KINDS, type UnitNode } from './types.js';

const REFORM: PlanAmendment = {
  id: 'reform',
  recordedAt: '2026-01-05T02:00:00.000Z',
  effectiveOn: '2025-07-01',
  legalBasis: {
    number: '12/QĐ-CTĐ (mẫu)',
    issuedOn: '2025-06-25',
    issuer: 'Hội CTĐ tỉnh An Giang',
  },
  summary: 'Nhiệm vụ của huyện, thành Hội chuyển cho Hội CTĐ xã, phường, đặc khu.',
  changes: [
    {
      type: 'set_unit_kinds',
      indicator: 'CT-01',
      appliesTo: ['commune'],
      rollupKinds: ['commune'],
    },
    {
      type: 'set_target',
      indicator: 'CT-01',
      target: { vi: '100% Hội CTĐ xã, phường, đặc khu', en: '100% of commune-level chapters' },
    },
  ],
};

// A province before and after the reform: a district closed on 30/06/2025, two communes from 01/07.
const UNITS: UnitNode[] = [
  makeUnit({ id: 'ag', kind: 'province', parentId: null }),
  makeUnit({ id: 'd1', kind: 'district', parentId: 'ag', closedOn: '2025-06-30' }),
  makeUnit({ id: 'c1', kind: 'commune', parentId: 'ag', openedOn: '2025-07-01' }),
  makeUnit({ id: 'c2', kind: 'commune', parentId: 'ag', openedOn: '2025-07-01' }),
  makeUnit({ id: 'g1', kind: 'grassroots', parentId: 'c1', openedOn: '2025-07-01' }),
];
const FACTS: Fact[] = [
  fact.session('d1', '2024-05-02'),
  fact.session('c1', '2025-09-10'),
  fact.training('d1', '2025-03-01'),
  fact.training('c2', '2025-08-01'),
  fact.report('c2', 'CT-05', '2025', 'submitted'),
];

describe('the plan as data', () => {
  it('plan 48 is a valid definition and no amendment leaves it as issued', () => {
    expect(ZPlanDefinition.safeParse(BASE_PLAN).success).toBe(true);
    expect(planInForce(BASE_PLAN, [], '2026-01-01')).toEqual(BASE_PLAN);
  });

  it('evaluates any valid definition: CT-01 counts communes once the amendment is in force', () => {
    const plan = planInForce(BASE_PLAN, [REFORM], '2025-10-01');
    const evaluations = evaluate({ units: UNITS, facts: FACTS, today: '2025-10-01', plan });
    const r = rollup({
      units: UNITS,
      evaluations,
      rootId: 'ag',
      indicator: 'CT-01',
      periodKey: '2022-2027',
      indicators: plan.indicators,
    });
    expect(r.label.vi).toBe('1/2 Hội CTĐ xã, phường, đặc khu (50%)');
    expect(r.label.en).toBe('1/2 commune-level chapters (50%)');
    const before = planInForce(BASE_PLAN, [REFORM], '2025-06-30');
    expect(before.indicators.find((i) => i.code === 'CT-01')?.appliesTo).toEqual(['district']);
  });

  it('a new due date keeps the period key reports are stored under', () => {
    const amendment: PlanAmendment = {
      ...REFORM,
      changes: [
        {
          type: 'set_schedule',
          indicator: 'CT-03',
          schedule: { kind: 'deadline', due: '2026-06-30' },
        },
      ],
    };
    const plan = planInForce(BASE_PLAN, [amendment], '2026-01-01');
    const ct03 = plan.indicators.find((i) => i.code === 'CT-03');
    expect(ct03 && periodsOf(ct03)).toEqual([
      { key: 'by-2025', start: '2024-01-17', due: '2026-06-30' },
    ]);
  });

  it('names changes that cannot apply', () => {
    const bad = {
      ...REFORM,
      changes: [
        { type: 'retire_indicator', indicator: 'CT-42' },
        { type: 'add_indicator', indicator: { ...BASE_PLAN.indicators[0], code: 'CT-02' } },
      ] as PlanChange[],
    };
    expect(amendmentProblems(BASE_PLAN, bad).map((p) => p.en)).toEqual([
      'The plan has no indicator CT-42.',
      'The plan already has CT-02.',
    ]);
    expect(amendmentProblems(BASE_PLAN, REFORM)).toEqual([]);
    expect(ZPlanAmendmentInput.safeParse({ ...REFORM, changes: [] }).success).toBe(false);
  });
});

const kinds = fc.subarray([...UNIT_KINDS], { minLength: 1 });
const code = fc.constantFrom(...BASE_PLAN.indicators.map((i) => i.code));
const date = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2024-02-01', n));
const change: fc.Arbitrary<PlanChange> = fc.oneof(
  fc.record({
    type: fc.constant('set_unit_kinds' as const),
    indicator: code,
    appliesTo: kinds,
    rollupKinds: kinds,
  }),
  fc.record({
    type: fc.constant('set_schedule' as const),
    indicator: code,
    schedule: date.map((due) => ({ kind: 'deadline' as const, due })),
  }),
  fc.record({ type: fc.constant('retire_indicator' as const), indicator: code }),
  fc.record({
    type: fc.constant('add_indicator' as const),
    indicator: fc.record({ ruleId: fc.constantFrom(...RULE_IDS), appliesTo: kinds }).map((r) => ({
      ...(BASE_PLAN.indicators[0] as PlanDefinition['indicators'][number]),
      ...r,
      code: 'CT-09' as const,
    })),
  }),
  fc.record({
    type: fc.constant('set_deadline' as const),
    deadlineId: fc.constantFrom(...BASE_PLAN.deadlines.map((d) => d.id)),
    due: date,
    appliesTo: kinds,
  }),
);
const amendment = (id: string) =>
  fc.record({
    id: fc.constant(id),
    recordedAt: fc.constant('2026-01-01T00:00:00.000Z'),
    effectiveOn: date,
    legalBasis: fc.constant(REFORM.legalBasis),
    summary: fc.constant('Mẫu'),
    changes: fc.array(change, { minLength: 1, maxLength: 4 }),
  });

describe('amendments never reach back', () => {
  it('figures for any date before an amendment are exactly as without it; facts untouched', () => {
    fc.assert(
      fc.property(
        fc.array(amendment('earlier'), { maxLength: 2 }),
        amendment('new'),
        fc.integer({ min: 1, max: 900 }),
        (earlier, added, back) => {
          const day = addDays(added.effectiveOn, -back);
          const facts: Fact[] = JSON.parse(JSON.stringify(FACTS));
          const without = planInForce(BASE_PLAN, earlier, day);
          const withIt = planInForce(BASE_PLAN, [...earlier, added], day);
          expect(withIt).toEqual(without);
          const judged = (plan: PlanDefinition) =>
            evaluate({ units: UNITS, facts, today: day, plan });
          expect(judged(withIt)).toEqual(judged(without));
          expect(facts).toEqual(FACTS);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every plan an amendment yields is still a valid definition', () => {
    fc.assert(
      fc.property(fc.array(amendment('a'), { maxLength: 3 }), date, (amendments, day) => {
        expect(ZPlanDefinition.safeParse(planInForce(BASE_PLAN, amendments, day)).success).toBe(
          true,
        );
      }),
      { numRuns: 100 },
    );
  });
});
