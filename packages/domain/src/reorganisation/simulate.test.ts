import { describe, expect, it } from 'vitest';
import { buildHierarchy } from '../test-factories.js';
import type { ReorganisationInput, ReorganisationStep } from './schema.js';
import { ZReorganisationInput } from './schema.js';
import { simulateReorganisation } from './simulate.js';

// kg → kg-d1..kg-d3 (districts) → two grassroots units each.
const tree = buildHierarchy({ districts: 3, grassrootsPerDistrict: 2 });
const reorg = (...steps: ReorganisationStep[]): ReorganisationInput => ({
  effectiveOn: '2026-01-01',
  title: 'Sắp xếp',
  legalBasis: {},
  steps,
});
const run = (...steps: ReorganisationStep[]) => simulateReorganisation(tree, reorg(...steps));
const errorsOf = (...steps: ReorganisationStep[]) => {
  const result = run(...steps);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors.map((e) => [e.code, e.step, e.unit]);
};

describe('simulateReorganisation', () => {
  it('merges two districts into a new commune-level chapter and moves their units', () => {
    const result = run({
      type: 'merge',
      sources: ['kg-d1', 'kg-d2'],
      into: 'xa-moi',
      newUnit: { name: 'Hội CTĐ xã Mới', kind: 'commune', parentCode: 'kg' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.effects.created).toEqual([
      { code: 'xa-moi', name: 'Hội CTĐ xã Mới', kind: 'commune', parentCode: 'kg' },
    ]);
    expect(result.effects.closed.map((c) => [c.code, c.mergedInto])).toEqual([
      ['kg-d1', 'xa-moi'],
      ['kg-d2', 'xa-moi'],
    ]);
    expect(result.effects.moved.map((m) => [m.code, m.from, m.to]).sort()).toEqual([
      ['kg-d1-g1', 'kg-d1', 'xa-moi'],
      ['kg-d1-g2', 'kg-d1', 'xa-moi'],
      ['kg-d2-g1', 'kg-d2', 'xa-moi'],
      ['kg-d2-g2', 'kg-d2', 'xa-moi'],
    ]);
    expect(result.touched.sort()).toEqual(
      ['kg-d1', 'kg-d1-g1', 'kg-d1-g2', 'kg-d2', 'kg-d2-g1', 'kg-d2-g2'].sort(),
    );
    expect(result.after.some((u) => u.code === 'kg-d1')).toBe(false);
    expect(result.before.find((u) => u.code === 'kg-d1')?.successors).toEqual(['xa-moi']);
  });

  it('merges into an existing unit', () => {
    const result = run({ type: 'merge', sources: ['kg-d1'], into: 'kg-d2' });
    if (!result.ok) throw new Error('refused');
    expect(result.after.filter((u) => u.parentCode === 'kg-d2').map((u) => u.code)).toEqual([
      'kg-d1-g1',
      'kg-d1-g2',
      'kg-d2-g1',
      'kg-d2-g2',
    ]);
  });

  it('splits a district when every child is assigned, and names each unassigned child', () => {
    const into = [
      { code: 'xa-a', name: 'Hội CTĐ xã A', kind: 'commune' as const, parentCode: 'kg' },
      { code: 'xa-b', name: 'Hội CTĐ xã B', kind: 'commune' as const, parentCode: 'kg' },
    ];
    const ok = run({
      type: 'split',
      source: 'kg-d1',
      into,
      assignments: [
        { unit: 'kg-d1-g1', to: 'xa-a' },
        { unit: 'kg-d1-g2', to: 'xa-b' },
      ],
    });
    if (!ok.ok) throw new Error('refused');
    expect(ok.effects.closed).toEqual([
      { code: 'kg-d1', mergedInto: null, splitInto: ['xa-a', 'xa-b'] },
    ]);
    expect(ok.after.find((u) => u.code === 'kg-d1-g2')?.parentCode).toBe('xa-b');
    expect(
      errorsOf({
        type: 'split',
        source: 'kg-d1',
        into,
        assignments: [{ unit: 'kg-d1-g1', to: 'xa-a' }],
      }),
    ).toEqual([['splitChildUnassigned', 0, 'kg-d1-g2']]);
    expect(
      errorsOf({
        type: 'split',
        source: 'kg-d1',
        into,
        assignments: [
          { unit: 'kg-d1-g1', to: 'xa-a' },
          { unit: 'kg-d1-g2', to: 'kg-d2' },
        ],
      }),
    ).toEqual([
      ['splitAssignmentInvalid', 0, 'kg-d1-g2'],
      ['splitChildUnassigned', 0, 'kg-d1-g2'],
    ]);
  });

  it('refuses dissolving a unit with children, moving under a descendant, a wrong kind', () => {
    expect(errorsOf({ type: 'dissolve', unit: 'kg-d1' })).toEqual([
      ['dissolveHasChildren', 0, 'kg-d1'],
    ]);
    expect(errorsOf({ type: 'move', unit: 'kg-d1', parentCode: 'kg-d1-g1' })).toEqual([
      ['moveIntoDescendant', 0, 'kg-d1'],
    ]);
    expect(errorsOf({ type: 'move', unit: 'kg-d1-g1', parentCode: 'kg-d1-g2' })).toEqual([
      ['parentKindMismatch', 0, 'kg-d1-g1'],
    ]);
    expect(errorsOf({ type: 'rename', unit: 'nowhere', name: 'X' })).toEqual([
      ['unitMissing', 0, 'nowhere'],
    ]);
  });

  it('runs steps in order: a unit closed by one step cannot be used by the next', () => {
    expect(
      errorsOf(
        { type: 'merge', sources: ['kg-d1'], into: 'kg-d2' },
        { type: 'rename', unit: 'kg-d1', name: 'Tên khác' },
      ),
    ).toEqual([['unitMissing', 1, 'kg-d1']]);
    const result = run(
      { type: 'dissolve', unit: 'kg-d3-g1' },
      { type: 'rename', unit: 'kg-d3', name: 'Huyện Mới' },
    );
    expect(result.ok && result.effects.renamed).toEqual([
      { code: 'kg-d3', from: 'Đơn vị kg-d3', to: 'Huyện Mới' },
    ]);
  });

  it('refuses a code already taken, even by a unit closed before the date', () => {
    const result = simulateReorganisation(
      tree,
      reorg({ type: 'create', unit: { code: 'cu', name: 'X', kind: 'commune', parentCode: 'kg' } }),
      ['cu'],
    );
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['codeTaken']);
  });

  it('the schema refuses a split into one unit and an empty reorganisation', () => {
    expect(ZReorganisationInput.safeParse(reorg()).success).toBe(false);
    const one = reorg({
      type: 'split',
      source: 'kg-d1',
      into: [{ code: 'xa-a', name: 'A', kind: 'commune', parentCode: 'kg' }],
      assignments: [],
    });
    expect(ZReorganisationInput.safeParse(one).success).toBe(false);
  });
});
