import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import {
  defaultRollupKind,
  formatPercent,
  indexEvaluations,
  matrix,
  rollup,
  rollupByChild,
  subtreeIds,
} from './rollup.js';
import { buildHierarchy, fact, makeUnit } from './test-factories.js';
import type { Evaluation, Fact, UnitNode } from './types.js';
import { INDICATOR_CODES, UNIT_KINDS } from './types.js';

const today = '2025-06-15';

describe('rollup', () => {
  const units = buildHierarchy({ districts: 15, grassrootsPerDistrict: 1, grassrootsProvince: 2 });
  const facts = Array.from({ length: 12 }, (_, i) => fact.training(`kg-d${i + 1}`, '2025-03-01'));
  const evaluations = evaluate({ units, facts, today, periodKeys: ['2025'] });

  it('speaks in the plan’s terms: 12/15 huyện, thành Hội (80%)', () => {
    const r = rollup({ units, evaluations, rootId: 'kg', indicator: 'CT-05', periodKey: '2025' });
    expect(r).toMatchObject({ kind: 'district', applicable: 15, met: 12, share: 0.8 });
    expect(r.label).toEqual({
      vi: '12/15 huyện, thành Hội (80%)',
      en: '12/15 district chapters (80%)',
    });
  });
  it('counts the kinds the definition names for the "100% …" figure', () => {
    expect(defaultRollupKind('CT-03')).toEqual(['district']);
    expect(defaultRollupKind('CT-07')).toEqual(['province']);
  });
  it('counts other kinds on request', () => {
    const r = rollup({
      units,
      evaluations,
      rootId: 'kg',
      indicator: 'CT-05',
      periodKey: '2025',
      kind: ['province', 'district'],
    });
    expect(r.applicable).toBe(16);
    expect(r.label.vi).toBe('12/16 Hội CTĐ tỉnh và huyện, thành Hội (75%)');
  });
  it('gives 0 and a dash when nothing applies', () => {
    const r = rollup({
      units,
      evaluations,
      rootId: 'kg-d1',
      indicator: 'CT-07',
      periodKey: '2022-2027',
    });
    expect(r).toMatchObject({ applicable: 0, met: 0, share: 0 });
    expect(r.label.vi).toBe('0/0 Hội CTĐ tỉnh (—)');
  });
  it('rounds percentages down so 99.9% never shows as 100%', () => {
    expect(formatPercent(999, 1000)).toBe('99%');
    expect(formatPercent(29, 100)).toBe('29%');
    expect(formatPercent(1, 3)).toBe('33%');
    expect(formatPercent(5, 5)).toBe('100%');
  });
  it('rolls up each direct child', () => {
    const byChild = rollupByChild({
      units,
      evaluations,
      rootId: 'kg',
      indicator: 'CT-05',
      periodKey: '2025',
    });
    expect(byChild).toHaveLength(17);
    expect(byChild[0]).toMatchObject({ rootId: 'kg-d1', applicable: 1, met: 1 });
    expect(byChild[14]).toMatchObject({ rootId: 'kg-d15', applicable: 1, met: 0 });
  });
  it('indexes evaluations by unit and indicator', () => {
    const rows = matrix({ units, evaluations });
    expect(rows).toHaveLength(units.length);
    expect(rows[1]?.cells['CT-05']?.[0]?.state).toBe('met');
    expect(indexEvaluations(evaluations).get('kg-d13|CT-05|2025')?.state).toBe('in_progress');
  });
  it('survives a cyclic hierarchy', () => {
    const cyclic = [makeUnit({ id: 'a', parentId: 'b' }), makeUnit({ id: 'b', parentId: 'a' })];
    expect(subtreeIds(cyclic, 'a')).toEqual(new Set(['a', 'b']));
    expect(subtreeIds(cyclic, 'missing').size).toBe(0);
  });
});

// Random trees: each unit's parent is an earlier unit, so the graph is a tree rooted at u0.
const arbTree = fc
  .array(fc.record({ parent: fc.nat(), kind: fc.constantFrom(...UNIT_KINDS) }), { maxLength: 40 })
  .map((nodes): UnitNode[] => [
    makeUnit({ id: 'u0', kind: 'province', parentId: null }),
    ...nodes.map((n, i) =>
      makeUnit({ id: `u${i + 1}`, kind: n.kind, parentId: `u${n.parent % (i + 1)}` }),
    ),
  ]);

const arbFacts = (units: UnitNode[]) =>
  fc.array(
    fc.oneof(
      fc
        .record({ u: fc.constantFrom(...units), d: fc.integer({ min: 0, max: 800 }) })
        .map(
          ({ u, d }): Fact =>
            fact.training(u.id, new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)),
        ),
      fc.constantFrom(...units).map((u): Fact => fact.report(u.id, 'CT-05', '2025', 'approved')),
      fc.constantFrom(...units).map((u): Fact => fact.staff(u.id)),
      fc.constantFrom(...units).map((u): Fact => fact.page(u.id, { isFanpage: true })),
      fc.constantFrom(...units).map((u): Fact => fact.participation('c1', u.id, '2025-03-02')),
      fc.constant<Fact>(fact.campaign('c1')),
    ),
    { maxLength: 60 },
  );

const arbWorld = arbTree.chain((units) =>
  fc.record({
    units: fc.constant(units),
    facts: arbFacts(units),
    today: fc.constantFrom('2024-06-01', '2025-06-15', '2025-12-31', '2026-01-01', '2028-01-01'),
    indicator: fc.constantFrom(...INDICATOR_CODES),
  }),
);

function periodFor(evaluations: Evaluation[], indicator: string): string {
  return evaluations.find((e) => e.indicator === indicator)?.periodKey ?? 'none';
}

describe('rollup properties', () => {
  it('keeps share within [0, 1] and met ≤ applicable', () => {
    fc.assert(
      fc.property(arbWorld, ({ units, facts, today, indicator }) => {
        const evaluations = evaluate({
          units,
          facts,
          today,
          indicators: [indicator],
          periodKeys: 'current',
        });
        for (const kind of UNIT_KINDS) {
          const r = rollup({
            units,
            evaluations,
            rootId: 'u0',
            indicator,
            periodKey: periodFor(evaluations, indicator),
            kind,
          });
          expect(r.share).toBeGreaterThanOrEqual(0);
          expect(r.share).toBeLessThanOrEqual(1);
          expect(r.met).toBeLessThanOrEqual(r.applicable);
        }
      }),
    );
  });
  it('adds up: a subtree is its root plus its children’s subtrees', () => {
    fc.assert(
      fc.property(arbWorld, fc.nat(), ({ units, facts, today, indicator }, pick) => {
        const evaluations = evaluate({
          units,
          facts,
          today,
          indicators: [indicator],
          periodKeys: 'current',
        });
        const root = units[pick % units.length] as UnitNode;
        const periodKey = periodFor(evaluations, indicator);
        const kind = [...UNIT_KINDS];
        const whole = rollup({ units, evaluations, rootId: root.id, indicator, periodKey, kind });
        const own = rollup({
          units: [{ ...root, parentId: null }],
          evaluations,
          rootId: root.id,
          indicator,
          periodKey,
          kind,
        });
        const children = rollupByChild({
          units,
          evaluations,
          rootId: root.id,
          indicator,
          periodKey,
          kind,
        });
        expect(whole.applicable).toBe(
          own.applicable + children.reduce((s, c) => s + c.applicable, 0),
        );
        expect(whole.met).toBe(own.met + children.reduce((s, c) => s + c.met, 0));
      }),
    );
  });
});

describe('evaluate properties', () => {
  it('is deterministic and independent of the order of facts', () => {
    fc.assert(
      fc.property(arbWorld, fc.func(fc.integer()), ({ units, facts, today }, shuffleKey) => {
        const first = evaluate({ units, facts, today });
        expect(evaluate({ units, facts, today })).toEqual(first);
        const shuffled = facts
          .map((f, i) => ({ f, k: shuffleKey(i) }))
          .sort((a, b) => a.k - b.k)
          .map(({ f }) => f);
        expect(evaluate({ units, facts: shuffled, today })).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});
