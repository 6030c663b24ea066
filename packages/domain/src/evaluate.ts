// The compliance engine: every (unit, indicator, period) asked for, judged from facts and today.
// Pure and deterministic: output order follows units, then the plan's indicators, then periods.

import { judge } from './judge.js';
import { currentPeriod, periodsOf } from './periods.js';
import { DEFAULT_RULES, type DueOverrides, INDICATORS, type Indicator } from './plan.js';
import type { PlanDefinition } from './plan-definition.js';
import { indexFacts } from './rules/index.js';
import type {
  Evaluation,
  Fact,
  IndicatorCode,
  IsoDate,
  Period,
  RuleSettings,
  UnitNode,
} from './types.js';

export interface EvaluateInput {
  units: readonly UnitNode[];
  facts: readonly Fact[];
  today: IsoDate;
  rules?: RuleSettings;
  dueOverrides?: DueOverrides;
  /**
   * Which periods: 'all' (default) every period of the plan, future ones as "not started";
   * 'current' the period today falls in, skipping one that has not started; or explicit keys.
   */
  periodKeys?: readonly string[] | 'current' | 'all';
  /** A subset of indicators; the output keeps the plan's order whatever order is given. */
  indicators?: readonly IndicatorCode[];
  /** The plan in force on the day judged (planInForce); plan 48 as issued by default. */
  plan?: Pick<PlanDefinition, 'indicators'>;
}

function selectPeriods(indicator: Indicator, input: EvaluateInput): Period[] {
  const keys = input.periodKeys ?? 'all';
  if (keys === 'all') return periodsOf(indicator, input.dueOverrides);
  if (keys === 'current') {
    const p = currentPeriod(indicator, input.today, input.dueOverrides);
    return p.start <= input.today ? [p] : [];
  }
  return periodsOf(indicator, input.dueOverrides).filter((p) => keys.includes(p.key));
}

export function evaluate(input: EvaluateInput): Evaluation[] {
  const rules = input.rules ?? DEFAULT_RULES;
  const facts = indexFacts(input.facts);
  const wanted = input.indicators;
  const all = input.plan?.indicators ?? INDICATORS;
  const indicators = wanted ? all.filter((i) => wanted.includes(i.code)) : all;
  const plan = indicators.map((indicator) => ({
    indicator,
    periods: selectPeriods(indicator, input),
  }));
  const out: Evaluation[] = [];
  for (const unit of input.units) {
    for (const { indicator, periods } of plan) {
      for (const period of periods) {
        out.push(judge({ unit, indicator, period, today: input.today, rules, facts }));
      }
    }
  }
  return out;
}
