import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { SCHEMA_MESSAGES, translateSchemaMessage } from '../schema-messages.js';
import {
  deadlineStep,
  DEFAULT_NOTICE_RULES as RULES,
  reviewWaitingStep,
  ZNoticeRules,
} from './rules.js';

const DUE = '2026-06-30';
const on = (offset: number) => deadlineStep(DUE, addDays(DUE, offset), RULES);

describe('due soon: 14, 7 and 1 day before, to the cadres', () => {
  it('starts exactly 14 days before, not 15', () => {
    expect(on(-15)).toBeNull();
    expect(on(-14)).toEqual({ kind: 'due_soon', step: 'd-14', audience: ['cadres'] });
    expect(on(-8)?.step).toBe('d-14');
  });
  it('moves to the 7-day and the 1-day step on their days', () => {
    expect(on(-7)?.step).toBe('d-7');
    expect(on(-2)?.step).toBe('d-7');
    expect(on(-1)?.step).toBe('d-1');
  });
  it('on the deadline day itself it is due soon (the 1-day step), not overdue', () => {
    expect(on(0)).toEqual({ kind: 'due_soon', step: 'd-1', audience: ['cadres'] });
  });
});

describe('overdue: 1 day after to cadres, 7 also reviewers, 30 also administrators', () => {
  it('is overdue from the day after the deadline', () => {
    expect(on(1)).toEqual({ kind: 'overdue', step: 'o-1', audience: ['cadres'] });
    expect(on(6)?.step).toBe('o-1');
  });
  it('reaches the reviewers on day 7 and escalates to administrators on day 30', () => {
    expect(on(7)).toEqual({ kind: 'overdue', step: 'o-7', audience: ['cadres', 'reviewers'] });
    expect(on(29)?.step).toBe('o-7');
    expect(on(30)).toEqual({
      kind: 'escalation',
      step: 'o-30',
      audience: ['cadres', 'reviewers', 'admins'],
    });
  });
  it('leaves items older than the window to the digest', () => {
    expect(on(45)?.step).toBe('o-30');
    expect(on(46)).toBeNull();
  });
  it('follows an administrator’s own days', () => {
    const rules = {
      ...RULES,
      dueSoonDays: [3],
      overdueDays: { cadres: 2, reviewers: 4, admins: 10 },
    };
    expect(deadlineStep(DUE, addDays(DUE, -4), rules)).toBeNull();
    expect(deadlineStep(DUE, addDays(DUE, -3), rules)?.step).toBe('d-3');
    expect(deadlineStep(DUE, addDays(DUE, 1), rules)).toBeNull();
    expect(deadlineStep(DUE, addDays(DUE, 10), rules)?.kind).toBe('escalation');
  });
});

describe('waiting for review: 3 days to reviewers, 7 also to administrators', () => {
  const submitted = '2026-06-10';
  it('counts whole Vietnam days since the submission', () => {
    expect(reviewWaitingStep(submitted, '2026-06-12', RULES)).toBeNull();
    expect(reviewWaitingStep(submitted, '2026-06-13', RULES)).toEqual({
      kind: 'review_waiting',
      step: 'r-3',
      audience: ['reviewers'],
    });
    expect(reviewWaitingStep(submitted, '2026-06-16', RULES)?.step).toBe('r-3');
    expect(reviewWaitingStep(submitted, '2026-06-17', RULES)).toEqual({
      kind: 'review_waiting',
      step: 'r-7',
      audience: ['reviewers', 'admins'],
    });
  });
});

describe('an administrator’s rules are checked', () => {
  it('accepts the defaults and refuses escalation before the reviewers', () => {
    expect(ZNoticeRules.safeParse(RULES).success).toBe(true);
    const bad = { ...RULES, overdueDays: { cadres: 1, reviewers: 30, admins: 7 } };
    expect(ZNoticeRules.safeParse(bad).success).toBe(false);
    expect(ZNoticeRules.safeParse({ ...RULES, dueSoonDays: [] }).success).toBe(false);
  });

  it('names each refusal in both languages, on the field it concerns', () => {
    const messages = (input: unknown) =>
      (ZNoticeRules.safeParse(input).error?.issues ?? []).map((i) => [
        i.path.join('.'),
        translateSchemaMessage(i.message, 'en'),
      ]);
    expect(messages({ ...RULES, overdueWindowDays: 400 })).toEqual([
      ['overdueWindowDays', SCHEMA_MESSAGES.noticeDays.en],
    ]);
    expect(messages({ ...RULES, dueSoonDays: [7, 7] })).toEqual([
      ['dueSoonDays', SCHEMA_MESSAGES.dueSoonSteps.en],
    ]);
    expect(
      messages({ ...RULES, overdueDays: { cadres: 1, reviewers: Number.NaN, admins: 3 } }),
    ).toEqual([['overdueDays.reviewers', SCHEMA_MESSAGES.noticeDays.en]]);
    expect(messages({ ...RULES, reviewWaitingDays: { reviewers: 8, admins: 7 } })).toEqual([
      ['reviewWaitingDays', SCHEMA_MESSAGES.reviewWaitingOrder.en],
    ]);
  });
});
