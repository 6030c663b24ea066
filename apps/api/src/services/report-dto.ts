// The report as the API returns it: camelCase, dates as ISO strings, no internal columns.
import type { IndicatorCode } from '@lantoa/domain';
import type { Report } from '../db/schema.js';

export interface ReportDto {
  id: string;
  unitId: string;
  indicator: IndicatorCode;
  periodKey: string;
  status: Report['status'];
  claimsMet: boolean;
  value: number | null;
  note: string;
  links: { url: string; label: string }[];
  reviewComment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  updatedBy: string;
  updatedAt: string;
  version: number;
}

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

export function toReportDto(row: Report): ReportDto {
  return {
    id: row.id,
    unitId: row.unit_id,
    indicator: row.indicator as IndicatorCode,
    periodKey: row.period_key,
    status: row.status,
    claimsMet: row.claims_met,
    value: row.value,
    note: row.note,
    links: row.links,
    reviewComment: row.review_comment,
    submittedAt: iso(row.submitted_at),
    reviewedAt: iso(row.reviewed_at),
    reviewedBy: row.reviewed_by,
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at) as string,
    version: row.version,
  };
}
