// A reorganisation run on a snapshot of the tree: the named errors, or what it changes
// (units created, moved, renamed, closed) and the tree before and after. The API applies
// exactly these effects; the admin app shows the same preview before anything is saved.

import type { UnitKind, UnitNode } from '../types.js';
import { sortUnitsAsTree } from '../unit-kinds.js';
import type { ReorganisationError } from './errors.js';
import { reorganisationError } from './errors.js';
import type { NewUnit, ReorganisationInput } from './schema.js';
import { ReorganisationState, type SimUnit } from './state.js';
import { runStep } from './steps.js';

export type UnitChange = 'created' | 'moved' | 'renamed' | 'closed';

export interface PreviewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  changes: UnitChange[];
  /** For a closed unit: the unit it merged into, or the units it was split into. */
  successors: string[];
}

export interface ReorganisationEffects {
  /** Parents before children. */
  created: NewUnit[];
  moved: { code: string; from: string | null; to: string }[];
  renamed: { code: string; from: string; to: string }[];
  closed: { code: string; mergedInto: string | null; splitInto: string[] }[];
}

export type Simulation =
  | { ok: false; errors: ReorganisationError[] }
  | {
      ok: true;
      effects: ReorganisationEffects;
      before: PreviewUnit[];
      after: PreviewUnit[];
      /** Existing units the reorganisation changes: their versions are checked on apply. */
      touched: string[];
    };

function effectsOf(initial: Map<string, SimUnit>, final: Map<string, SimUnit>) {
  const effects: ReorganisationEffects = { created: [], moved: [], renamed: [], closed: [] };
  for (const unit of final.values()) {
    const was = initial.get(unit.code);
    if (!was) {
      const { code, name, kind, parentCode } = unit;
      effects.created.push({ code, name, kind, parentCode });
      continue;
    }
    if (unit.parentCode !== was.parentCode && unit.parentCode !== null) {
      effects.moved.push({ code: unit.code, from: was.parentCode, to: unit.parentCode });
    }
    if (unit.name !== was.name)
      effects.renamed.push({ code: unit.code, from: was.name, to: unit.name });
    if (!unit.isOpen) {
      effects.closed.push({
        code: unit.code,
        mergedInto: unit.mergedInto,
        splitInto: unit.splitInto,
      });
    }
  }
  // New units parents first; each depth computed once (an official list creates thousands).
  const createdByCode = new Map(effects.created.map((u) => [u.code, u]));
  const depths = new Map<string, number>();
  const depth = (u: NewUnit): number => {
    const known = depths.get(u.code);
    if (known !== undefined) return known;
    const parent = u.parentCode ? createdByCode.get(u.parentCode) : undefined;
    const d = parent ? depth(parent) + 1 : 0;
    depths.set(u.code, d);
    return d;
  };
  effects.created.sort((a, b) => depth(a) - depth(b));
  return effects;
}

/** Each unit's changes and successors, indexed once for the preview's trees. */
function indexEffects(e: ReorganisationEffects) {
  const changes = new Map<string, UnitChange[]>();
  const add = (code: string, change: UnitChange) =>
    changes.set(code, [...(changes.get(code) ?? []), change]);
  for (const u of e.created) add(u.code, 'created');
  for (const u of e.moved) add(u.code, 'moved');
  for (const u of e.renamed) add(u.code, 'renamed');
  for (const u of e.closed) add(u.code, 'closed');
  const successors = new Map(
    e.closed.map((u) => [u.code, u.mergedInto ? [u.mergedInto] : u.splitInto]),
  );
  return {
    changesOf: (code: string) => [...new Set(changes.get(code) ?? [])],
    successorsOf: (code: string) => successors.get(code) ?? [],
  };
}

function asTree(units: SimUnit[], effects: ReorganisationEffects): PreviewUnit[] {
  const { changesOf, successorsOf } = indexEffects(effects);
  const nodes = units.map((u) => ({
    id: u.code,
    parentId: u.parentCode,
    kind: u.kind,
    name: u.name,
    unit: u,
  }));
  return sortUnitsAsTree(nodes).map(({ unit }) => ({
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentCode: unit.parentCode,
    changes: changesOf(unit.code),
    successors: successorsOf(unit.code),
  }));
}

const copy = (m: Map<string, SimUnit>) => new Map([...m].map(([k, u]) => [k, { ...u }]));

export function simulateReorganisation(
  tree: readonly UnitNode[],
  input: ReorganisationInput,
  takenCodes: readonly string[] = [],
): Simulation {
  const state = new ReorganisationState(tree, takenCodes);
  const initial = copy(state.units);
  input.steps.forEach((step, index) => {
    state.step = index;
    runStep(state, step);
  });
  for (const unit of state.units.values()) {
    if (unit.isNew && !unit.isOpen)
      state.errors.push(reorganisationError('newUnitClosed', null, unit.code));
  }
  if (state.errors.length > 0) return { ok: false, errors: state.errors };
  const effects = effectsOf(initial, state.units);
  const touched = [
    ...new Set([...effects.moved, ...effects.renamed, ...effects.closed].map((u) => u.code)),
  ];
  return {
    ok: true,
    effects,
    touched,
    before: asTree([...initial.values()], effects),
    after: asTree(
      [...state.units.values()].filter((u) => u.isOpen),
      effects,
    ),
  };
}
