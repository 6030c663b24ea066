// Official reports in the form of Decree 30/2020/NĐ-CP (Appendix I): what the user fills in
// before generating, the titles of the three reports the plan's section III asks for, and
// the dated place line ("An Giang, ngày 05 tháng 01 năm 2027").
import { z } from 'zod';
import { ZSafeLine, ZSafeText } from './safe-text.js';
import { msg } from './schema-messages.js';
import { ZId, ZIsoDate, ZName } from './schemas.js';
import type { Bilingual, IsoDate } from './types.js';

export const OFFICIAL_REPORT_KINDS = ['annual', 'midterm', 'final'] as const;
export type OfficialReportKind = (typeof OFFICIAL_REPORT_KINDS)[number];

const ZLine = ZSafeLine.min(1, msg('titleRequired')).max(200, msg('textLong'));
const ZLongText = ZSafeText.trim().max(20_000, msg('textLong'));

export const ZOfficialReportInput = z.object({
  unitId: ZId,
  kind: z.enum(OFFICIAL_REPORT_KINDS, { error: msg('choice') }),
  year: z
    .number({ error: msg('invalid') })
    .int()
    .min(2022)
    .max(2030),
  /** "15/BC-CTĐ": the number and the document symbol of the issuing body. */
  number: ZSafeLine.max(40, msg('reportNumber')).regex(
    /^\S{0,10}\/BC-\S{1,30}$/u,
    msg('reportNumber'),
  ),
  place: ZLine,
  issuedOn: ZIsoDate,
  signingAuthority: ZLine,
  signerTitle: ZLine,
  signerName: ZName,
  recipients: z
    .array(ZLine, { error: msg('recipientsRequired') })
    .min(1, msg('recipientsRequired'))
    .max(20, msg('recipientsRequired')),
  assessment: ZLongText,
  proposals: ZLongText,
});
export type OfficialReportInput = z.infer<typeof ZOfficialReportInput>;

/** The figures are those of the period's last day (a 2025 report made today shows 2025). */
export function officialReportPeriodEnd(year: number): IsoDate {
  return `${year}-12-31`;
}

export const OFFICIAL_REPORT_KIND_LABELS: Record<OfficialReportKind, Bilingual> = {
  annual: { vi: 'Báo cáo năm', en: 'Annual report' },
  midterm: { vi: 'Báo cáo sơ kết', en: 'Mid-term review' },
  final: { vi: 'Báo cáo tổng kết', en: 'End-of-term review' },
};

/** The subject line under "BÁO CÁO", in the plan's words. */
export function officialReportSubject(
  kind: OfficialReportKind,
  year: number,
  planNumber = '48/KH-CTĐKG',
): string {
  if (kind === 'annual') return `Kết quả thực hiện Kế hoạch số ${planNumber} năm ${year}`;
  if (kind === 'midterm')
    return `Sơ kết giữa nhiệm kỳ thực hiện Kế hoạch số ${planNumber} (2022–${year})`;
  return `Tổng kết thực hiện Kế hoạch số ${planNumber} nhiệm kỳ 2022–2027`;
}

/** Decree 30: a day below 10 and the months January and February take a leading zero. */
export function decreeDateLine(place: string, iso: IsoDate): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}
