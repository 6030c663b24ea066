// The report as the API returns it: camelCase, dates as ISO strings, no internal columns.
import type { IndicatorCode } from '@lantoa/domain';
import { type RawBuilder, sql } from 'kysely';
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
  /** Who wrote it and who last edited it: four eyes (decision 17). */
  createdBy: string;
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
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at) as string,
    version: row.version,
  };
}

/** The fields of toReportDto, as SQL expressions over the columns of a reports row. */
const DTO_FIELDS: [keyof ReportDto, string][] = [
  ['id', 'id'],
  ['unitId', 'unit_id'],
  ['indicator', 'indicator'],
  ['periodKey', 'period_key'],
  ['status', 'status'],
  ['claimsMet', 'claims_met'],
  ['value', 'value'],
  ['note', 'note'],
  ['links', 'links'],
  ['reviewComment', 'review_comment'],
  ['submittedAt', 'iso:submitted_at'],
  ['reviewedAt', 'iso:reviewed_at'],
  ['reviewedBy', 'reviewed_by'],
  ['createdBy', 'created_by'],
  ['updatedBy', 'updated_by'],
  ['updatedAt', 'iso:updated_at'],
  ['version', 'version'],
];

const dtoJsonByAlias = new Map<string, RawBuilder<unknown>>();

/**
 * toReportDto in SQL, for audit events built inside the statement that writes the report
 * (save-report.ts); `alias` is a constant of the caller. Built once per alias: the save
 * path compiles it on every call. A test holds the two to the same output.
 */
export function reportDtoJson(alias: 'w' | 'old'): RawBuilder<unknown> {
  let built = dtoJsonByAlias.get(alias);
  if (!built) {
    const fields = DTO_FIELDS.map(([key, column]) => {
      const value = column.startsWith('iso:')
        ? `to_char(${alias}.${column.slice(4)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
        : `${alias}.${column}`;
      return `'${key}', ${value}`;
    });
    built = sql.raw(`jsonb_build_object(${fields.join(', ')})`);
    dtoJsonByAlias.set(alias, built);
  }
  return built;
}
