// Sentences for evaluation reasons that do not depend on a single rule: inapplicability,
// late completion, and the state of reports that never decide a state on their own.

import { formatDateVi } from './dates.js';
import { REPORT_STATUS_LABELS } from './labels.js';
import type { Indicator } from './plan.js';
import type { FactOf } from './rules/context.js';
import type { Bilingual, IsoDate, Period, UnitNode } from './types.js';
import { unitKindLabel } from './unit-kinds.js';

export function joinReason(...parts: Bilingual[]): Bilingual {
  return { vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Why the indicator does not bind this unit in this period, or null when it does. */
export function inapplicability(
  unit: UnitNode,
  indicator: Indicator,
  period: Period,
): Bilingual | null {
  if (!indicator.appliesTo.includes(unit.kind)) {
    const kind = unitKindLabel(unit.kind);
    return {
      vi: `${indicator.code} không áp dụng cho cấp “${kind.vi}”.`,
      en: `${indicator.code} does not apply to a ${kind.en.toLowerCase()}.`,
    };
  }
  if (unit.openedOn > period.due) {
    return {
      vi: `Đơn vị thành lập ngày ${formatDateVi(unit.openedOn)}, sau hạn ${formatDateVi(period.due)} của kỳ ${period.key}.`,
      en: `The unit opened on ${formatDateVi(unit.openedOn)}, after the ${period.key} due date ${formatDateVi(period.due)}.`,
    };
  }
  if (unit.closedOn !== null && unit.closedOn < period.start) {
    return {
      vi: `Đơn vị đã giải thể ngày ${formatDateVi(unit.closedOn)}, trước khi kỳ ${period.key} bắt đầu (${formatDateVi(period.start)}).`,
      en: `The unit closed on ${formatDateVi(unit.closedOn)}, before the ${period.key} period began (${formatDateVi(period.start)}).`,
    };
  }
  return null;
}

export function notStartedReason(period: Period): Bilingual {
  const from = formatDateVi(period.start);
  return {
    vi: `Chưa bắt đầu: kỳ ${period.key} bắt đầu từ ${from}.`,
    en: `Not started: the ${period.key} period begins on ${from}.`,
  };
}

export function metReason(detail: Bilingual, due: IsoDate, metOn: IsoDate | undefined): Bilingual {
  if (metOn !== undefined && metOn > due) {
    const on = formatDateVi(metOn);
    const by = formatDateVi(due);
    return joinReason(
      { vi: `Đạt muộn (ngày ${on}, hạn ${by}).`, en: `Met late (on ${on}, due ${by}).` },
      detail,
    );
  }
  return joinReason({ vi: 'Đạt.', en: 'Met.' }, detail);
}

/** Draft, returned or negatively approved reports are partial evidence worth naming. */
export function reportNote(reports: readonly FactOf<'report'>[]): Bilingual | null {
  const open = reports.find((r) => r.status === 'draft' || r.status === 'returned');
  if (open) {
    const s = REPORT_STATUS_LABELS[open.status];
    return { vi: `Báo cáo đang ở trạng thái “${s.vi}”.`, en: `A report is ${s.en.toLowerCase()}.` };
  }
  if (reports.some((r) => r.status === 'approved' && !r.claimsMet)) {
    return { vi: 'Báo cáo đã duyệt xác nhận chưa đạt.', en: 'An approved report says not met.' };
  }
  return null;
}

export const APPROVED_LEAD: Bilingual = {
  vi: 'Đạt theo báo cáo đã duyệt.',
  en: 'Met by an approved report.',
};
export const SUBMITTED_LEAD: Bilingual = {
  vi: 'Báo cáo đã gửi, chờ duyệt.',
  en: 'A report was submitted and awaits review.',
};
