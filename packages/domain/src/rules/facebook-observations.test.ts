// Dated Facebook facts (decision 29): a day's figures come from the latest observation
// made by then, a check beating the entered record on the same day, and a check made
// later never changes an earlier day.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import { fact, makeUnit } from '../test-factories.js';
import { observationsAsOf } from './facebook.js';

const unit = makeUnit({ id: 'd1', kind: 'district', parentId: 'p' });
const F = fact;
const manual = F.page('d1', {
  pageId: 'p1',
  source: 'manual',
  name: 'Trang cũ',
  isFanpage: false,
  lastCheckedOn: '2026-05-01',
  lastPostOn: '2026-04-20',
  recentPostCount: 1,
});
const check = (on: string, fields = {}) =>
  F.page('d1', {
    pageId: 'p1',
    source: 'facebook',
    name: 'Hội Chữ thập đỏ huyện D1',
    isFanpage: true,
    lastCheckedOn: on,
    lastPostOn: on,
    recentPostCount: 8,
    ...fields,
  });

const ct04 = (facts: ReturnType<typeof F.page>[], today: string) =>
  evaluate({ units: [unit], facts, today, indicators: ['CT-04'] })[0];

describe('observationsAsOf', () => {
  it('takes the latest observation on or before the day, Facebook winning a tie', () => {
    const facts = [manual, check('2026-05-01'), check('2026-06-10'), check('2026-06-20')];
    expect(observationsAsOf(facts, '2026-06-15')).toEqual([facts[2]]);
    expect(observationsAsOf(facts, '2026-05-01')).toEqual([facts[1]]);
  });
  it('keeps the entered record when nothing was observed by then', () => {
    expect(observationsAsOf([manual, check('2026-06-20')], '2026-04-01')).toEqual([manual]);
  });
  it('judges pages without an id each on their own, as before', () => {
    const a = F.page('d1');
    const b = F.page('d1', { url: 'https://facebook.com/b' });
    expect(observationsAsOf([a, b], '2025-06-15')).toEqual([a, b]);
  });
});

describe('CT-04 from checked facts', () => {
  it('an earlier day keeps its state when a check runs later', () => {
    const before = ct04([manual], '2026-05-10');
    expect(before?.state).not.toBe('met');
    const after = ct04([manual, check('2026-06-14')], '2026-05-10');
    expect(after).toEqual(before);
    expect(ct04([manual, check('2026-06-14')], '2026-06-15')?.state).toBe('met');
  });
  it('names the page as Facebook says it, not as it was typed in', () => {
    const outcome = ct04([manual, check('2026-06-14', { name: 'Trang cá nhân' })], '2026-06-15');
    expect(outcome?.state).not.toBe('met');
    expect(outcome?.reason.vi).toContain('tên chưa chuẩn');
  });
});
