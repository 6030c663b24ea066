// The plan's own figures: "100% huyện, thành Hội ..." as met/applicable over any subtree,
// plus a unit × indicator index of evaluations for matrix views.

import { INDICATORS, type Indicator, indicatorOf } from './plan.js';
import type { Bilingual, Evaluation, IndicatorCode, UnitKind, UnitNode } from './types.js';
import { unitKindPlural } from './unit-kinds.js';

export interface RollupInput {
  units: readonly UnitNode[];
  evaluations: readonly Evaluation[];
  rootId: string;
  indicator: IndicatorCode;
  periodKey: string;
  /** Kinds counted; defaults to the indicator's roll-up kinds in `indicators`. */
  kind?: UnitKind | readonly UnitKind[];
  /** The plan's indicators in force (planInForce); plan 48 as issued by default. */
  indicators?: readonly Indicator[];
}

export interface Rollup {
  rootId: string;
  indicator: IndicatorCode;
  periodKey: string;
  kind: UnitKind | UnitKind[];
  applicable: number;
  met: number;
  /** met / applicable, 0 when nothing applies. */
  share: number;
  label: Bilingual;
}

/** The kinds the plan's "100% …" figure counts for the indicator, as the definition says. */
export function defaultRollupKind(
  code: IndicatorCode,
  indicators: readonly Indicator[] = INDICATORS,
): UnitKind[] {
  return [...indicatorOf(code, indicators).rollupKinds];
}

function childrenIndex(units: readonly UnitNode[]): Map<string, UnitNode[]> {
  const map = new Map<string, UnitNode[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = map.get(u.parentId);
    if (list) list.push(u);
    else map.set(u.parentId, [u]);
  }
  return map;
}

/** Ids of root and its descendants; a visited set guards against a corrupt cyclic hierarchy. */
export function subtreeIds(units: readonly UnitNode[], rootId: string): Set<string> {
  const children = childrenIndex(units);
  const seen = new Set<string>();
  const stack = units.some((u) => u.id === rootId) ? [rootId] : [];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return seen;
}

/**
 * Whole percent rounded down, so 99.9% never reads as 100%. Integer arithmetic avoids
 * 29/100 * 100 = 28.999… flooring to 28. Whole numbers need no decimal comma in Vietnamese.
 */
export function formatPercent(met: number, applicable: number): string {
  if (applicable <= 0) return '—';
  return `${Math.floor((met * 100) / applicable)}%`;
}

function kindsLabel(kinds: readonly UnitKind[]): Bilingual {
  const labels = kinds.map(unitKindPlural);
  return {
    vi: labels.map((l) => l.vi).join(' và '),
    en: labels.map((l) => l.en).join(' and '),
  };
}

export function rollupLabel(
  met: number,
  applicable: number,
  kinds: readonly UnitKind[],
): Bilingual {
  const what = kindsLabel(kinds);
  const pct = formatPercent(met, applicable);
  return {
    vi: `${met}/${applicable} ${what.vi} (${pct})`,
    en: `${met}/${applicable} ${what.en} (${pct})`,
  };
}

export function rollup(input: RollupInput): Rollup {
  const defaults = defaultRollupKind(input.indicator, input.indicators);
  // One kind stays a string, the shape roll-ups always had.
  const kind = input.kind ?? (defaults.length === 1 ? (defaults[0] as UnitKind) : defaults);
  const kinds: readonly UnitKind[] = typeof kind === 'string' ? [kind] : kind;
  const ids = subtreeIds(input.units, input.rootId);
  const counted = new Set(
    input.units.filter((u) => ids.has(u.id) && kinds.includes(u.kind)).map((u) => u.id),
  );
  let applicable = 0;
  let met = 0;
  for (const e of input.evaluations) {
    if (e.indicator !== input.indicator || e.periodKey !== input.periodKey) continue;
    if (!counted.has(e.unitId) || e.state === 'not_applicable') continue;
    applicable += 1;
    if (e.state === 'met') met += 1;
  }
  return {
    rootId: input.rootId,
    indicator: input.indicator,
    periodKey: input.periodKey,
    kind: typeof kind === 'string' ? kind : [...kind],
    applicable,
    met,
    share: applicable === 0 ? 0 : met / applicable,
    label: rollupLabel(met, applicable, kinds),
  };
}

/** The roll-up of each direct child of root, in unit order: "how is each district doing". */
export function rollupByChild(input: RollupInput): Rollup[] {
  return input.units
    .filter((u) => u.parentId === input.rootId && u.id !== input.rootId)
    .map((child) => rollup({ ...input, rootId: child.id }));
}

export interface MatrixRow {
  unit: UnitNode;
  /** Evaluations per indicator, in period order as evaluate produced them. */
  cells: Partial<Record<IndicatorCode, Evaluation[]>>;
}

/** Evaluations laid out by unit × indicator, rows in unit order, for tables and heat maps. */
export function matrix(input: {
  units: readonly UnitNode[];
  evaluations: readonly Evaluation[];
}): MatrixRow[] {
  const { units, evaluations } = input;
  const rows = new Map<string, MatrixRow>(units.map((unit) => [unit.id, { unit, cells: {} }]));
  for (const e of evaluations) {
    const row = rows.get(e.unitId);
    if (!row) continue;
    const list = row.cells[e.indicator];
    if (list) list.push(e);
    else row.cells[e.indicator] = [e];
  }
  return [...rows.values()];
}

/** One evaluation by unit, indicator and period, for O(1) lookups in a UI. */
export function evaluationKey(unitId: string, indicator: IndicatorCode, periodKey: string): string {
  return `${unitId}|${indicator}|${periodKey}`;
}

export function indexEvaluations(evaluations: readonly Evaluation[]): Map<string, Evaluation> {
  return new Map(evaluations.map((e) => [evaluationKey(e.unitId, e.indicator, e.periodKey), e]));
}
