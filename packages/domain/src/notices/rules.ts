// The đôn đốc rules of issue 13 as data: which notice goes to whom, how many days before or
// after a date. These are the defaults; an administrator may change them for their province
// (the API stores the changed set, ZNoticeRules checks it). Pure: the API's scheduler feeds
// it today's date in Vietnam and the obligations, and writes what it returns.
import { z } from 'zod';
import { addDays, daysBetween } from '../dates.js';
import { msg } from '../schema-messages.js';
import type { IsoDate } from '../types.js';

export const NOTICE_KINDS = [
  'due_soon',
  'overdue',
  'escalation',
  'review_waiting',
  'returned',
  'digest',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Who a notice reaches: the unit's cadres, the province's reviewers or its administrators. */
export type Audience = 'cadres' | 'reviewers' | 'admins';

export interface NoticeRules {
  /** Days before a deadline on which its unit's cadres hear of it. */
  dueSoonDays: number[];
  /** Days after a missed deadline: cadres, then also reviewers, then also administrators. */
  overdueDays: { cadres: number; reviewers: number; admins: number };
  /** Days a submitted report waits before reviewers, then administrators, hear of it. */
  reviewWaitingDays: { reviewers: number; admins: number };
  /** Overdue items older than this are left to the weekly digest (no burst at first start). */
  overdueWindowDays: number;
}

export const DEFAULT_NOTICE_RULES: NoticeRules = {
  dueSoonDays: [14, 7, 1],
  overdueDays: { cadres: 1, reviewers: 7, admins: 30 },
  reviewWaitingDays: { reviewers: 3, admins: 7 },
  overdueWindowDays: 45,
};

const days = z
  .number(msg('noticeDays'))
  .int(msg('noticeDays'))
  .min(0, msg('noticeDays'))
  .max(366, msg('noticeDays'));
export const ZNoticeRules = z
  .object({
    dueSoonDays: z
      .array(days)
      .min(1, msg('dueSoonSteps'))
      .max(5, msg('dueSoonSteps'))
      .refine((steps) => new Set(steps).size === steps.length, msg('dueSoonSteps')),
    overdueDays: z.object({ cadres: days, reviewers: days, admins: days }),
    reviewWaitingDays: z.object({ reviewers: days, admins: days }),
    overdueWindowDays: days,
  })
  .refine(
    (r) =>
      r.overdueDays.cadres <= r.overdueDays.reviewers &&
      r.overdueDays.reviewers <= r.overdueDays.admins,
    { path: ['overdueDays'], message: msg('overdueOrder') },
  )
  .refine((r) => r.reviewWaitingDays.reviewers <= r.reviewWaitingDays.admins, {
    path: ['reviewWaitingDays'],
    message: msg('reviewWaitingOrder'),
  });

/** One step of a rule reached today: the key that makes it once-only, and its audience. */
export interface RuleStep {
  kind: NoticeKind;
  /** Part of the notice's unique key: `d-7`, `o-30`, `r-3`. */
  step: string;
  audience: Audience[];
}

/**
 * The due-soon or overdue step a deadline has reached on `today` (Vietnam date), or null.
 * The tightest step reached counts, so a scheduler that was down on the 14th day still
 * sends the 7-day notice on the 9th, and never both. On the deadline day itself the
 * deadline is due soon (0 days left); overdue starts the day after.
 */
export function deadlineStep(due: IsoDate, today: IsoDate, rules: NoticeRules): RuleStep | null {
  const left = daysBetween(today, due);
  if (left >= 0) {
    const reached = [...rules.dueSoonDays].sort((a, b) => a - b).find((d) => left <= d);
    return reached === undefined
      ? null
      : { kind: 'due_soon', step: `d-${reached}`, audience: ['cadres'] };
  }
  const late = -left;
  if (late > rules.overdueWindowDays) return null;
  const o = rules.overdueDays;
  if (late >= o.admins)
    return {
      kind: 'escalation',
      step: `o-${o.admins}`,
      audience: ['cadres', 'reviewers', 'admins'],
    };
  if (late >= o.reviewers)
    return { kind: 'overdue', step: `o-${o.reviewers}`, audience: ['cadres', 'reviewers'] };
  if (late >= o.cadres) return { kind: 'overdue', step: `o-${o.cadres}`, audience: ['cadres'] };
  return null;
}

/** How long a submitted report has waited, as a step: reviewers, then administrators. */
export function reviewWaitingStep(
  submittedOn: IsoDate,
  today: IsoDate,
  rules: NoticeRules,
): RuleStep | null {
  const waited = daysBetween(submittedOn, today);
  const r = rules.reviewWaitingDays;
  // Cumulative like overdue: a scheduler first running on day 8 still tells the reviewers.
  if (waited >= r.admins)
    return { kind: 'review_waiting', step: `r-${r.admins}`, audience: ['reviewers', 'admins'] };
  if (waited >= r.reviewers)
    return { kind: 'review_waiting', step: `r-${r.reviewers}`, audience: ['reviewers'] };
  return null;
}

/** The due date `days` before which the due-soon step starts (for tests and texts). */
export const dueSoonFrom = (due: IsoDate, days: number) => addDays(due, -days);
