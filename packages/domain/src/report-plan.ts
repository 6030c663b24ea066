// Whether a report may be saved on an indicator and period: the plan in force for the
// unit's province on the day of the save must have the indicator (an amendment may have
// added it or retired it) and the period must be one of that indicator's (decision 15).
import { formatDateVi } from './dates.js';
import { periodByKey } from './periods.js';
import type { PlanDefinition } from './plan-definition.js';
import { SCHEMA_MESSAGES } from './schema-messages.js';
import type { Bilingual, IndicatorCode, IsoDate } from './types.js';

export interface ReportPlanProblem {
  field: 'indicator' | 'periodKey';
  message: Bilingual;
}

/** Why the plan in force on `date` takes no report on this indicator and period, or null. */
export function reportPlanProblem(
  plan: PlanDefinition,
  report: { indicator: IndicatorCode; periodKey: string },
  date: IsoDate,
): ReportPlanProblem | null {
  const indicator = plan.indicators.find((i) => i.code === report.indicator);
  if (!indicator) {
    const day = formatDateVi(date);
    return {
      field: 'indicator',
      message: {
        vi: `Kế hoạch có hiệu lực ngày ${day} không có chỉ tiêu ${report.indicator}.`,
        en: `The plan in force on ${day} has no indicator ${report.indicator}.`,
      },
    };
  }
  if (periodByKey(indicator, report.periodKey) === undefined)
    return { field: 'periodKey', message: SCHEMA_MESSAGES.periodOfIndicator };
  return null;
}
