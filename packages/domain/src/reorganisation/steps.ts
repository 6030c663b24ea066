// One function per kind of step: check everything first, change the tree only when the
// step is sound, so one bad step is reported without hiding the errors of the next ones.
import type { ReorganisationStep } from './schema.js';
import type { ReorganisationState } from './state.js';

type StepOf<T extends ReorganisationStep['type']> = Extract<ReorganisationStep, { type: T }>;

function merge(s: ReorganisationState, step: StepOf<'merge'>) {
  const before = s.errors.length;
  const sources = [...new Set(step.sources)];
  for (const code of sources) s.open(code);
  if (sources.includes(step.into)) s.fail('mergeIntoSource', step.into);
  if (step.newUnit) s.canCreate({ ...step.newUnit, code: step.into });
  else s.open(step.into);
  for (const code of sources) {
    if (s.isUnder(step.into, code)) s.fail('mergeIntoDescendant', code, step.into);
  }
  if (s.errors.length > before) return;
  const moving = sources.flatMap((code) =>
    s.childrenOf(code).filter((c) => !sources.includes(c.code)),
  );
  if (step.newUnit) s.create({ ...step.newUnit, code: step.into });
  for (const child of moving) {
    if (s.fits(child.code, child.kind, step.into)) child.parentCode = step.into;
  }
  for (const code of sources) s.close(code, step.into);
}

function split(s: ReorganisationState, step: StepOf<'split'>) {
  const before = s.errors.length;
  if (!s.open(step.source)) return;
  const successors = new Set(step.into.map((u) => u.code));
  for (const unit of step.into) {
    if (unit.parentCode === step.source) s.fail('splitParentIsSource', unit.code);
    else s.canCreate(unit);
  }
  const children = s.childrenOf(step.source);
  const target = new Map<string, string>();
  for (const a of step.assignments) {
    const isChild = children.some((c) => c.code === a.unit);
    if (!isChild || !successors.has(a.to)) s.fail('splitAssignmentInvalid', a.unit, a.to);
    else target.set(a.unit, a.to);
  }
  for (const child of children) {
    if (!target.has(child.code)) s.fail('splitChildUnassigned', child.code, step.source);
  }
  if (s.errors.length > before) return;
  for (const unit of step.into) s.create(unit);
  for (const child of children) {
    const to = target.get(child.code) as string;
    if (s.fits(child.code, child.kind, to)) child.parentCode = to;
  }
  s.close(step.source, null, [...successors]);
}

function dissolve(s: ReorganisationState, step: StepOf<'dissolve'>) {
  if (!s.open(step.unit)) return;
  if (s.childrenOf(step.unit).length > 0) s.fail('dissolveHasChildren', step.unit);
  else s.close(step.unit, null);
}

function move(s: ReorganisationState, step: StepOf<'move'>) {
  const unit = s.open(step.unit);
  if (!unit) return;
  if (unit.parentCode === step.parentCode) return s.fail('nothingToChange', step.unit);
  if (step.parentCode === step.unit || s.isUnder(step.parentCode, step.unit)) {
    return s.fail('moveIntoDescendant', step.unit, step.parentCode);
  }
  if (s.fits(step.unit, unit.kind, step.parentCode)) unit.parentCode = step.parentCode;
}

function rename(s: ReorganisationState, step: StepOf<'rename'>) {
  const unit = s.open(step.unit);
  if (!unit) return;
  if (unit.name === step.name) s.fail('nothingToChange', step.unit);
  else unit.name = step.name;
}

function create(s: ReorganisationState, step: StepOf<'create'>) {
  if (s.canCreate(step.unit)) s.create(step.unit);
}

export function runStep(s: ReorganisationState, step: ReorganisationStep) {
  switch (step.type) {
    case 'merge':
      return merge(s, step);
    case 'split':
      return split(s, step);
    case 'dissolve':
      return dissolve(s, step);
    case 'move':
      return move(s, step);
    case 'rename':
      return rename(s, step);
    case 'create':
      return create(s, step);
  }
}
