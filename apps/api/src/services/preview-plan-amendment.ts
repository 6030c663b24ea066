// Before an amendment is saved: which units gain or lose which indicators on its date and
// how each touched indicator's roll-up over the province would read, under both plans. The
// plan is the one the caller's province adopted; without one there is nothing to amend.
import {
  amendmentProblems,
  applyAmendment,
  type PlanAmendmentInput,
  previewPlanChange,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { getHierarchy } from './get-hierarchy.js';
import { loadFacts } from './load-facts.js';
import { loadPlanById } from './load-plan-in-force.js';
import { planToAmend } from './plan-to-amend.js';

export async function previewPlanAmendment(
  db: Kysely<Database>,
  actor: SessionUser,
  readable: Readable,
  input: PlanAmendmentInput,
) {
  const planId = await planToAmend(db, actor);
  const [before, tree, facts] = await Promise.all([
    loadPlanById(db, planId, input.effectiveOn),
    getHierarchy(db, input.effectiveOn),
    loadFacts(db, { asOf: input.effectiveOn }),
  ]);
  const problems = amendmentProblems(before, input);
  const inReach = await readable(tree.map((u) => u.id));
  const units = tree.filter((u) => inReach.has(u.id));
  const root = units.find((u) => u.parentId === null && u.kind === 'province');
  if (problems.length > 0 || !root) return { problems, units: [], rollups: [] };
  const after = applyAmendment(before, input);
  const preview = previewPlanChange({
    units,
    facts,
    rootId: root.id,
    effectiveOn: input.effectiveOn,
    before,
    after,
  });
  return { problems, ...preview };
}
