// Amendments to a plan and the plan in force on a day. An amendment takes effect on its
// date and changes nothing before it, so figures for earlier dates never move.

import { z } from 'zod';
import type { ReportingDeadline } from './deadlines.js';
import type { Indicator } from './plan.js';
import {
  type PlanDefinition,
  ZBilingual,
  ZIndicatorDefinition,
  ZNewIndicatorCode,
  ZSchedule,
  ZUnitKinds,
} from './plan-definition.js';
import { ZSafeLine, ZSafeText } from './safe-text.js';
import { msg } from './schema-messages.js';
import { ZIsoDate } from './schemas.js';
import type { Bilingual, IndicatorCode, IsoDate, Schedule } from './types.js';

const ZDeadlineId = ZSafeLine.regex(/^[a-z0-9-]{1,64}$/, msg('invalid'));

export const ZPlanChange = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('set_unit_kinds'),
      indicator: ZNewIndicatorCode,
      appliesTo: ZUnitKinds,
      rollupKinds: ZUnitKinds,
    }),
    z.object({ type: z.literal('set_target'), indicator: ZNewIndicatorCode, target: ZBilingual }),
    z.object({
      type: z.literal('set_schedule'),
      indicator: ZNewIndicatorCode,
      schedule: ZSchedule,
    }),
    z.object({
      type: z.literal('set_deadline'),
      deadlineId: ZDeadlineId,
      due: ZIsoDate.optional(),
      appliesTo: ZUnitKinds.optional(),
    }),
    z.object({ type: z.literal('add_indicator'), indicator: ZIndicatorDefinition }),
    z.object({ type: z.literal('retire_indicator'), indicator: ZNewIndicatorCode }),
  ],
  { error: msg('choice') },
);
export type PlanChange = z.output<typeof ZPlanChange>;

export const ZLegalBasis = z.object({
  number: ZSafeLine.min(1, msg('titleRequired')).max(100, msg('textLong')),
  issuedOn: ZIsoDate,
  issuer: ZSafeLine.min(1, msg('titleRequired')).max(300, msg('textLong')),
});

/** What an administrator records; the server adds id, version and who and when. */
export const ZPlanAmendmentInput = z.object({
  effectiveOn: ZIsoDate,
  legalBasis: ZLegalBasis,
  summary: ZSafeText.trim().min(1, msg('titleRequired')).max(2000, msg('textLong')),
  changes: z
    .array(ZPlanChange, { error: msg('changesRequired') })
    .min(1, msg('changesRequired'))
    .max(50, msg('changesRequired')),
});
export type PlanAmendmentInput = z.output<typeof ZPlanAmendmentInput>;

export interface PlanAmendment extends PlanAmendmentInput {
  id: string;
  /** Orders amendments taking effect the same day: the later recorded one wins. */
  recordedAt: string;
}

/** A new due date keeps the period key the plan gave ("by-2025"), as overrideDue does. */
function rescheduled(indicator: Indicator, schedule: Schedule): Indicator {
  const old = indicator.schedule;
  if (old.kind === 'deadline' && schedule.kind === 'deadline') {
    return { ...indicator, plannedDue: indicator.plannedDue ?? old.due, schedule };
  }
  if (old.kind === 'term' && schedule.kind === 'term') {
    return { ...indicator, plannedDue: indicator.plannedDue ?? old.to, schedule };
  }
  const { plannedDue: _dropped, ...rest } = indicator;
  return { ...rest, schedule };
}

function changeIndicator(
  plan: PlanDefinition,
  code: IndicatorCode,
  edit: (i: Indicator) => Indicator,
): PlanDefinition {
  return { ...plan, indicators: plan.indicators.map((i) => (i.code === code ? edit(i) : i)) };
}

function changeDeadline(
  plan: PlanDefinition,
  id: string,
  edit: (d: ReportingDeadline) => ReportingDeadline,
): PlanDefinition {
  return { ...plan, deadlines: plan.deadlines.map((d) => (d.id === id ? edit(d) : d)) };
}

/** One change applied; a change naming nothing in the plan changes nothing (see amendmentProblems). */
export function applyChange(plan: PlanDefinition, change: PlanChange): PlanDefinition {
  switch (change.type) {
    case 'set_unit_kinds':
      return changeIndicator(plan, change.indicator, (i) => ({
        ...i,
        appliesTo: [...change.appliesTo],
        rollupKinds: [...change.rollupKinds],
      }));
    case 'set_target':
      return changeIndicator(plan, change.indicator, (i) => ({ ...i, target: change.target }));
    case 'set_schedule':
      return changeIndicator(plan, change.indicator, (i) => rescheduled(i, change.schedule));
    case 'set_deadline':
      return changeDeadline(plan, change.deadlineId, (d) => ({
        ...d,
        due: change.due ?? d.due,
        appliesTo: change.appliesTo ? [...change.appliesTo] : d.appliesTo,
      }));
    case 'add_indicator': {
      const others = plan.indicators.filter((i) => i.code !== change.indicator.code);
      return { ...plan, indicators: [...others, change.indicator] };
    }
    case 'retire_indicator':
      return { ...plan, indicators: plan.indicators.filter((i) => i.code !== change.indicator) };
  }
}

export function applyAmendment(
  plan: PlanDefinition,
  amendment: PlanAmendmentInput,
): PlanDefinition {
  return amendment.changes.reduce(applyChange, plan);
}

function byEffect(a: PlanAmendment, b: PlanAmendment): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  return a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
}

/** The plan as amended on `date`: every amendment that took effect on or before it, in order. */
export function planInForce(
  base: PlanDefinition,
  amendments: readonly PlanAmendment[],
  date: IsoDate,
): PlanDefinition {
  return amendments
    .filter((a) => a.effectiveOn <= date)
    .sort(byEffect)
    .reduce(applyAmendment, base);
}

function indicatorProblem(plan: PlanDefinition, change: PlanChange): Bilingual | null {
  if (change.type === 'set_deadline') {
    if (plan.deadlines.some((d) => d.id === change.deadlineId)) return null;
    return {
      vi: `Không có hạn báo cáo “${change.deadlineId}” trong kế hoạch.`,
      en: `The plan has no reporting deadline “${change.deadlineId}”.`,
    };
  }
  const code = change.type === 'add_indicator' ? change.indicator.code : change.indicator;
  const exists = plan.indicators.some((i) => i.code === code);
  if (change.type === 'add_indicator') {
    return exists
      ? { vi: `Chỉ tiêu ${code} đã có trong kế hoạch.`, en: `The plan already has ${code}.` }
      : null;
  }
  return exists
    ? null
    : { vi: `Kế hoạch không có chỉ tiêu ${code}.`, en: `The plan has no indicator ${code}.` };
}

/**
 * Why the amendment cannot apply to the plan in force the day before it takes effect
 * (each change judged after the ones before it), or an empty list.
 */
export function amendmentProblems(
  planBefore: PlanDefinition,
  amendment: PlanAmendmentInput,
): Bilingual[] {
  const problems: Bilingual[] = [];
  let plan = planBefore;
  for (const change of amendment.changes) {
    const problem = indicatorProblem(plan, change);
    if (problem) problems.push(problem);
    else plan = applyChange(plan, change);
  }
  if (amendment.effectiveOn < planBefore.issuedOn || amendment.effectiveOn > planBefore.term.to) {
    problems.push({
      vi: 'Ngày hiệu lực phải trong thời gian của kế hoạch.',
      en: 'The effective date must lie within the plan’s term.',
    });
  }
  return problems;
}
