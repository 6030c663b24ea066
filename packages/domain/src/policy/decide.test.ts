import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../labels.js';
import { ACTIONS, RELATIONS } from './actions.js';
import { decide, relationsFor } from './decide.js';

describe('decide', () => {
  it('lets administrators and reviewers read the whole province, cadres and viewers their subtree', () => {
    expect(relationsFor('admin', 'unit.read')).toEqual(['own', 'descendant', 'ancestor', 'other']);
    expect(relationsFor('viewer', 'unit.read')).toEqual(['own', 'descendant']);
    expect(decide({ role: 'cadre', action: 'unit.read', relation: 'ancestor' })).toEqual({
      allowed: false,
      reason: 'scope',
    });
  });

  it('never reaches another province, whatever the role and action, but Central reading', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...ACTIONS), (role, action) => {
        if (action === 'plan.read') return;
        const { allowed } = decide({ role, action, relation: 'other-province' });
        // Central (decision 20) may read in every province, and never write in any.
        if (role !== 'national') expect(allowed).toBe(false);
        else if (allowed) expect(action).toMatch(/\.read(Amendments)?$/);
      }),
    );
  });

  it('refuses a role that may not do an action anywhere before looking at the unit', () => {
    expect(decide({ role: 'viewer', action: 'report.save', relation: 'own' })).toEqual({
      allowed: false,
      reason: 'role',
    });
    expect(decide({ role: 'cadre', action: 'report.approve' })).toEqual({
      allowed: false,
      reason: 'role',
    });
  });

  it('follows the workflow states', () => {
    const approve = { role: 'reviewer', action: 'report.approve', relation: 'own' } as const;
    expect(decide({ ...approve, state: 'submitted' }).allowed).toBe(true);
    expect(decide({ ...approve, state: 'approved' })).toEqual({ allowed: false, reason: 'state' });
    expect(decide({ role: 'admin', action: 'report.save', state: 'approved' }).allowed).toBe(false);
    expect(decide({ role: 'cadre', action: 'story.save', state: 'review' }).allowed).toBe(false);
    expect(decide({ role: 'reviewer', action: 'story.save', state: 'published' }).allowed).toBe(
      true,
    );
  });

  it('keeps four eyes for everyone, administrators included', () => {
    for (const role of ['admin', 'reviewer'] as const) {
      const base = { role, relation: 'descendant', userId: 'me' } as const;
      const approve = { ...base, action: 'report.approve', state: 'submitted' } as const;
      expect(decide({ ...approve, authorId: 'me', lastEditorId: 'x' }).allowed).toBe(false);
      expect(decide({ ...approve, authorId: 'x', lastEditorId: 'me' })).toEqual({
        allowed: false,
        reason: 'four-eyes',
      });
      expect(decide({ ...approve, authorId: 'x', lastEditorId: 'y' }).allowed).toBe(true);
      const publish = { ...base, action: 'story.publish', state: 'review' } as const;
      expect(decide({ ...publish, authorId: 'me' }).allowed).toBe(false);
      expect(decide({ ...publish, authorId: 'x', lastEditorId: null }).allowed).toBe(true);
    }
  });

  it('lets a province change only a plan it adopted, and never lets Central (decision 32)', () => {
    const amend = { role: 'admin', action: 'plan.amend' } as const;
    expect(decide({ ...amend, hasAdoptedPlan: false })).toEqual({
      allowed: false,
      reason: 'no-plan',
    });
    expect(decide({ ...amend, hasAdoptedPlan: true }).allowed).toBe(true);
    for (const role of ['reviewer', 'cadre', 'viewer', 'national'] as const)
      expect(decide({ role, action: 'plan.amend', hasAdoptedPlan: true })).toEqual({
        allowed: false,
        reason: 'role',
      });
    // Adoption itself, and reading the plan, never need one.
    expect(decide({ role: 'admin', action: 'plan.adopt', hasAdoptedPlan: false }).allowed).toBe(
      true,
    );
    expect(
      decide({ role: 'viewer', action: 'plan.readAmendments', hasAdoptedPlan: false }).allowed,
    ).toBe(true);
  });

  it('answers every role × action × relation', () => {
    for (const role of ROLES)
      for (const action of ACTIONS)
        for (const relation of RELATIONS) expect(decide({ role, action, relation })).toBeDefined();
  });
});
