// Turns one rule outcome plus the unit's reports and the calendar into a compliance state.
// Precedence: not applicable, not started, met (records, then approved report), pending, time.

import { daysBetween, formatDateVi } from './dates.js';
import type { Indicator } from './plan.js';
import {
  APPROVED_LEAD,
  inapplicability,
  joinReason,
  metReason,
  notStartedReason,
  reportNote,
  SUBMITTED_LEAD,
} from './reasons.js';
import { unitFacts } from './rules/context.js';
import { type FactIndex, RULES, type RuleOutcome } from './rules/index.js';
import type {
  Bilingual,
  ComplianceState,
  Evaluation,
  Fact,
  IsoDate,
  Period,
  RuleSettings,
  UnitNode,
} from './types.js';

export interface JudgeInput {
  unit: UnitNode;
  indicator: Indicator;
  period: Period;
  today: IsoDate;
  rules: RuleSettings;
  facts: FactIndex;
}

function result(
  input: JudgeInput,
  state: ComplianceState,
  reason: Bilingual,
  evidence: Fact[],
): Evaluation {
  return {
    unitId: input.unit.id,
    indicator: input.indicator.code,
    periodKey: input.period.key,
    state,
    due: input.period.due,
    reason,
    evidence,
  };
}

/** The state of an obligation not (yet) met, from the calendar alone. */
function byTime(input: JudgeInput, detail: Bilingual, evidence: Fact[]): Evaluation {
  const { unit, period, today } = input;
  const due = formatDateVi(period.due);
  // A closed unit can no longer complete anything, so "overdue" would urge nobody.
  if (unit.closedOn !== null && unit.closedOn < today) {
    const on = formatDateVi(unit.closedOn);
    const lead = {
      vi: `Đơn vị đã giải thể ngày ${on} khi chưa đạt.`,
      en: `The unit closed on ${on} without meeting it.`,
    };
    return result(input, 'not_met', joinReason(lead, detail), evidence);
  }
  if (today > period.due) {
    if (input.indicator.schedule.kind === 'yearly') {
      const lead = {
        vi: `Năm ${period.key} đã kết thúc.`,
        en: `The year ${period.key} has ended.`,
      };
      return result(input, 'not_met', joinReason(lead, detail), evidence);
    }
    const late = daysBetween(period.due, today);
    const lead = {
      vi: `Quá hạn ${due} (${late} ngày); vẫn có thể hoàn thành muộn.`,
      en: `Overdue since ${due} (${late} days); late completion is still possible.`,
    };
    return result(input, 'overdue', joinReason(lead, detail), evidence);
  }
  const left = daysBetween(today, period.due);
  if (left <= input.rules.dueSoonDays) {
    const lead =
      left === 0
        ? { vi: `Hôm nay là hạn chót (${due}).`, en: `Due today (${due}).` }
        : { vi: `Còn ${left} ngày đến hạn ${due}.`, en: `${left} days left until ${due}.` };
    return result(input, 'due_soon', joinReason(lead, detail), evidence);
  }
  const lead = { vi: `Đang thực hiện, hạn ${due}.`, en: `In progress, due ${due}.` };
  return result(input, 'in_progress', joinReason(lead, detail), evidence);
}

function fromOutcome(input: JudgeInput, outcome: RuleOutcome): Evaluation {
  const { detail, evidence } = outcome;
  if (outcome.isNotApplicable) return result(input, 'not_applicable', detail, []);
  if (outcome.isMet) {
    return result(input, 'met', metReason(detail, input.period.due, outcome.metOn), evidence);
  }
  const reports = unitFacts(input.facts, input.unit.id, 'report').filter(
    (r) => r.indicator === input.indicator.code && r.periodKey === input.period.key,
  );
  const approved = reports.filter((r) => r.status === 'approved' && r.claimsMet);
  if (approved.length > 0) {
    return result(input, 'met', joinReason(APPROVED_LEAD, detail), [...approved, ...evidence]);
  }
  const submitted = reports.filter((r) => r.status === 'submitted');
  if (submitted.length > 0) {
    const reason = joinReason(SUBMITTED_LEAD, detail);
    return result(input, 'pending_review', reason, [...submitted, ...evidence]);
  }
  const note = reportNote(reports);
  return byTime(input, note ? joinReason(detail, note) : detail, [...reports, ...evidence]);
}

export function judge(input: JudgeInput): Evaluation {
  const { unit, indicator, period, today } = input;
  const na = inapplicability(unit, indicator, period);
  if (na) return result(input, 'not_applicable', na, []);
  if (period.start > today) return result(input, 'in_progress', notStartedReason(period), []);
  // Records stop when a unit closes; judging it later on "today" would erase what it achieved.
  const asOf = unit.closedOn !== null && unit.closedOn < today ? unit.closedOn : today;
  const outcome = RULES[indicator.ruleId]({
    unit,
    indicator,
    period,
    asOf,
    rules: input.rules,
    facts: input.facts,
  });
  return fromOutcome(input, outcome);
}
