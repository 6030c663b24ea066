import { describe, expect, it } from 'vitest';
import { applyAmendment } from './plan-amendments.js';
import { BASE_PLAN } from './plan-definition.js';
import { reportPlanProblem } from './report-plan.js';

const ct01 = BASE_PLAN.indicators[0];
const added = {
  ...(ct01 as NonNullable<typeof ct01>),
  code: 'CT-09' as const,
  ruleId: 'report_only' as const,
  schedule: { kind: 'deadline' as const, due: '2026-12-31' },
};
const amended = applyAmendment(BASE_PLAN, {
  effectiveOn: '2026-01-01',
  legalBasis: { number: '1/KH', issuedOn: '2025-12-01', issuer: 'Hội CTĐ tỉnh' },
  summary: 'Thêm CT-09, bỏ CT-08',
  changes: [
    { type: 'add_indicator', indicator: added },
    { type: 'retire_indicator', indicator: 'CT-08' },
  ],
});

describe('reportPlanProblem', () => {
  it('takes an indicator of the plan in force with one of its periods', () => {
    expect(
      reportPlanProblem(BASE_PLAN, { indicator: 'CT-05', periodKey: '2025' }, '2025-05-01'),
    ).toBeNull();
    expect(
      reportPlanProblem(amended, { indicator: 'CT-09', periodKey: 'by-2026' }, '2026-02-01'),
    ).toBeNull();
  });

  it('refuses an indicator the plan does not have that day, in both languages', () => {
    expect(
      reportPlanProblem(BASE_PLAN, { indicator: 'CT-09', periodKey: 'by-2025' }, '2025-05-01'),
    ).toEqual({
      field: 'indicator',
      message: {
        vi: 'Kế hoạch có hiệu lực ngày 01/05/2025 không có chỉ tiêu CT-09.',
        en: 'The plan in force on 01/05/2025 has no indicator CT-09.',
      },
    });
    expect(
      reportPlanProblem(amended, { indicator: 'CT-08', periodKey: 'by-2025' }, '2026-02-01')?.field,
    ).toBe('indicator');
  });

  it("refuses a period that is not the indicator's", () => {
    expect(
      reportPlanProblem(BASE_PLAN, { indicator: 'CT-05', periodKey: 'by-2030' }, '2025-05-01')
        ?.field,
    ).toBe('periodKey');
  });
});
