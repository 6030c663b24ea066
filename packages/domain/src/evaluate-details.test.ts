// What each rule reports in its reason, and the records it counts or ignores.
import { describe, expect, it } from 'vitest';
import { type EvaluateInput, evaluate } from './evaluate.js';
import { buildHierarchy, fact, makeUnit } from './test-factories.js';
import type { Evaluation, Fact, IndicatorCode, IsoDate, UnitNode } from './types.js';

const units = buildHierarchy({
  districts: 2,
  grassrootsPerDistrict: 1,
  grassrootsProvince: 1,
  boards: 1,
});

function one(
  unitId: string,
  code: IndicatorCode,
  periodKey: string,
  facts: Fact[],
  today: IsoDate,
  extra: Partial<EvaluateInput> & { units?: UnitNode[] } = {},
): Evaluation {
  const out = evaluate({
    units,
    facts,
    today,
    indicators: [code],
    periodKeys: [periodKey],
    ...extra,
  });
  const found = out.find((e) => e.unitId === unitId);
  if (!found) throw new Error(`no evaluation for ${unitId}`);
  return found;
}

describe('rule details', () => {
  it('CT-01 counts only sessions inside the term and up to today', () => {
    const facts = [fact.session('kg-d1', '2021-12-31'), fact.session('kg-d1', '2025-08-01')];
    expect(one('kg-d1', 'CT-01', '2022-2027', facts, '2025-06-15').state).toBe('in_progress');
    expect(one('kg-d1', 'CT-01', '2022-2027', facts, '2025-08-01').state).toBe('met');
  });
  it('CT-02 needs a serving staff member with the skill', () => {
    const facts = [
      fact.staff('kg', { name: 'A', until: '2025-03-01' }),
      fact.staff('kg', { name: 'B', hasSmartphoneSkill: false }),
    ];
    const e = one('kg', 'CT-02', 'by-2025', facts, '2025-06-15');
    expect(e.state).toBe('in_progress');
    expect(e.reason.vi).toContain(
      '1 cán bộ truyền thông đang công tác chưa có kỹ năng, 1 cán bộ không còn công tác',
    );
  });
  it('CT-03 quotes post counts, stale checks and old posts', () => {
    const few = one(
      'kg-d1',
      'CT-03',
      'by-2025',
      [fact.page('kg-d1', { recentPostCount: 2 })],
      '2025-06-15',
    );
    expect(few.state).toBe('in_progress');
    expect(few.reason.vi).toContain('2 bài trong 30 ngày (cần tối thiểu 4)');
    expect(few.reason.en).toContain('2 post(s) in 30 days (at least 4 needed)');
    const stale = one('kg-d1', 'CT-03', 'by-2025', [fact.page('kg-d1')], '2025-08-01');
    expect(stale.reason.vi).toContain(
      'số liệu kiểm tra ngày 14/06/2025 không còn trong 30 ngày gần nhất',
    );
    const quiet = fact.page('kg-d1', { lastPostOn: '2025-04-01' });
    expect(one('kg-d1', 'CT-03', 'by-2025', [quiet], '2025-06-15').reason.en).toContain(
      'last post on 01/04/2025',
    );
    const rules = { facebookMinPosts: 2, facebookWindowDays: 90, dueSoonDays: 30 };
    const loose = [fact.page('kg-d1', { recentPostCount: 2, lastPostOn: '2025-04-01' })];
    expect(one('kg-d1', 'CT-03', 'by-2025', loose, '2025-06-15', { rules }).state).toBe('met');
    expect(one('kg-d1', 'CT-03', 'by-2025', [], '2025-06-15').reason.vi).toContain(
      'Chưa có trang Facebook nào',
    );
  });
  it('CT-04 needs a Fanpage with a standard name', () => {
    const plain = fact.page('kg-d1', { isFanpage: false });
    expect(one('kg-d1', 'CT-04', 'by-2026', [plain], '2025-06-15').reason.vi).toContain(
      'chưa phải Fanpage',
    );
    const odd = fact.page('kg-d1', { isFanpage: true, name: 'Tin tức huyện An Biên' });
    expect(one('kg-d1', 'CT-04', 'by-2026', [odd], '2025-06-15').reason.vi).toContain(
      'tên chưa chuẩn',
    );
    const folded = fact.page('kg-d1', { isFanpage: true, name: 'hoi chu thap do an bien' });
    expect(one('kg-d1', 'CT-04', 'by-2026', [folded], '2025-06-15').state).toBe('met');
    const short = fact.page('kg-d1', { isFanpage: true, name: 'Hội CTĐ huyện An Biên' });
    expect(one('kg-d1', 'CT-04', 'by-2026', [short], '2025-06-15').state).toBe('met');
  });
  it('CT-05 says no course was held in the year and ignores other years', () => {
    const e = one('kg-d1', 'CT-05', '2025', [fact.training('kg-d1', '2024-11-11')], '2026-01-01');
    expect(e.state).toBe('not_met');
    expect(e.reason).toEqual({
      vi: 'Năm 2025 đã kết thúc. Chưa có khóa tập huấn nào trong năm 2025.',
      en: 'The year 2025 has ended. No training course held in 2025.',
    });
  });
  it('CT-06 is not applicable without a campaign for the unit’s level', () => {
    const provinceOnly = fact.campaign('c1', { targetKinds: ['province'] });
    const e = one('kg-d1', 'CT-06', '2025', [provinceOnly], '2025-06-15');
    expect(e.state).toBe('not_applicable');
    expect(e.reason.vi).toBe(
      'Không có chiến dịch, cuộc thi nào dành cho huyện, thành Hội trong năm 2025.',
    );
    expect(one('kg', 'CT-06', '2025', [provinceOnly], '2025-06-15').state).toBe('in_progress');
  });
  it('CT-06 counts campaigns joined out of those targeting the unit', () => {
    const facts = [
      fact.campaign('c1', { title: 'Tháng Nhân đạo' }),
      fact.campaign('c2', {
        title: 'Cuộc thi tìm hiểu về Hội',
        organiser: 'central',
        startsOn: '2025-09-01',
      }),
      fact.campaign('c3', { startsOn: '2024-12-01', endsOn: '2025-01-31' }),
      fact.participation('c1', 'kg-d1', '2025-03-10'),
    ];
    const e = one('kg-d1', 'CT-06', '2025', facts, '2025-06-15');
    expect(e.state).toBe('in_progress');
    expect(e.reason.vi).toContain(
      'Đã tham gia 1/2 chiến dịch, cuộc thi năm 2025; còn thiếu: “Cuộc thi tìm hiểu về Hội” (01/09/2025)',
    );
    const done = [...facts, fact.participation('c2', 'kg-d1', '2025-09-05')];
    expect(one('kg-d1', 'CT-06', '2025', done, '2025-10-01').state).toBe('met');
  });
  it('CT-06 ignores campaigns that ended before the unit opened', () => {
    const mid = [
      ...units,
      makeUnit({ id: 'new', kind: 'grassroots_province', openedOn: '2025-06-01' }),
    ];
    const facts = [
      fact.campaign('c1'),
      fact.campaign('c2', { startsOn: '2025-07-01', endsOn: '2025-07-31' }),
    ];
    const e = one(
      'new',
      'CT-06',
      '2025',
      [...facts, fact.participation('c2', 'new', '2025-07-02')],
      '2025-08-01',
      { units: mid },
    );
    expect(e.state).toBe('met');
  });
  it('CT-07 counts only the “Người tốt việc thiện” series', () => {
    const e = one(
      'kg',
      'CT-07',
      '2022-2027',
      [fact.publication('kg', '2024-01-01', 'other')],
      '2025-06-15',
    );
    expect(e.state).toBe('in_progress');
    expect(e.reason.vi).toContain('có 1 ấn phẩm khác');
  });
  it('CT-08 names the furthest milestone short of launch', () => {
    const facts = [
      fact.milestone('kg', 'requirements', '2024-06-01'),
      fact.milestone('kg', 'pilot', '2025-03-01'),
    ];
    const e = one('kg', 'CT-08', 'by-2027', facts, '2025-06-15');
    expect(e.state).toBe('in_progress');
    expect(e.reason.vi).toContain('mốc “Thử nghiệm” (3/4) ngày 01/03/2025');
    expect(e.evidence).toHaveLength(2);
    expect(one('kg', 'CT-08', 'by-2027', [], '2028-01-01').state).toBe('overdue');
  });
});
