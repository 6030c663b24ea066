// What an amendment would change, before it is saved: which units gain or lose which
// indicators on its effective date, and each indicator's roll-up under both plans.

import { evaluate } from './evaluate.js';
import { currentPeriod } from './periods.js';
import type { Indicator } from './plan.js';
import type { PlanDefinition } from './plan-definition.js';
import { type Rollup, rollup } from './rollup.js';
import type { Fact, IndicatorCode, IsoDate, UnitNode } from './types.js';

export interface PlanPreviewInput {
  /** The hierarchy as of the effective date. */
  units: readonly UnitNode[];
  facts: readonly Fact[];
  rootId: string;
  effectiveOn: IsoDate;
  before: PlanDefinition;
  after: PlanDefinition;
}

export interface UnitIndicatorChange {
  unit: Pick<UnitNode, 'id' | 'code' | 'name' | 'kind'>;
  gains: IndicatorCode[];
  loses: IndicatorCode[];
}

export interface RollupChange {
  indicator: IndicatorCode;
  before: Rollup | null;
  after: Rollup | null;
}

export interface PlanPreview {
  units: UnitIndicatorChange[];
  rollups: RollupChange[];
}

function bindingCodes(plan: PlanDefinition, unit: UnitNode): Set<IndicatorCode> {
  return new Set(plan.indicators.filter((i) => i.appliesTo.includes(unit.kind)).map((i) => i.code));
}

function unitChanges(input: PlanPreviewInput, open: readonly UnitNode[]): UnitIndicatorChange[] {
  const out: UnitIndicatorChange[] = [];
  for (const unit of open) {
    const was = bindingCodes(input.before, unit);
    const is = bindingCodes(input.after, unit);
    const gains = [...is].filter((c) => !was.has(c));
    const loses = [...was].filter((c) => !is.has(c));
    if (gains.length === 0 && loses.length === 0) continue;
    const { id, code, name, kind } = unit;
    out.push({ unit: { id, code, name, kind }, gains, loses });
  }
  return out;
}

function rollupUnder(
  plan: PlanDefinition,
  indicator: Indicator | undefined,
  input: PlanPreviewInput,
  open: readonly UnitNode[],
): Rollup | null {
  if (!indicator) return null;
  const period = currentPeriod(indicator, input.effectiveOn);
  const evaluations = evaluate({
    units: open,
    facts: input.facts,
    today: input.effectiveOn,
    plan,
    indicators: [indicator.code],
    periodKeys: [period.key],
  });
  return rollup({
    units: open,
    evaluations,
    rootId: input.rootId,
    indicator: indicator.code,
    periodKey: period.key,
    indicators: plan.indicators,
  });
}

const same = (a: Indicator | undefined, b: Indicator | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Only indicators the amendment touches get a roll-up pair; the others cannot move. */
export function previewPlanChange(input: PlanPreviewInput): PlanPreview {
  const open = input.units.filter(
    (u) =>
      u.openedOn <= input.effectiveOn && (u.closedOn === null || u.closedOn >= input.effectiveOn),
  );
  const codes = [
    ...new Set([...input.before.indicators, ...input.after.indicators].map((i) => i.code)),
  ];
  const rollups: RollupChange[] = [];
  for (const code of codes) {
    const was = input.before.indicators.find((i) => i.code === code);
    const is = input.after.indicators.find((i) => i.code === code);
    if (same(was, is)) continue;
    rollups.push({
      indicator: code,
      before: rollupUnder(input.before, was, input, open),
      after: rollupUnder(input.after, is, input, open),
    });
  }
  return { units: unitChanges(input, open), rollups };
}
