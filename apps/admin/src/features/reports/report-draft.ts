// The report form's state, kept as the user typed it so a CONFLICT never loses it.
import type { IndicatorCode } from '@lantoa/domain';
import type { Report } from '../../lib/types';

export type LinkDraft = {
  url: string;
  label: string;
};

export type ReportDraft = {
  claimsMet: boolean | null;
  value: string;
  note: string;
  links: LinkDraft[];
};

export function draftFrom(
  report: Pick<Report, 'claimsMet' | 'value' | 'note' | 'links'> | null,
): ReportDraft {
  return {
    claimsMet: report ? report.claimsMet : null,
    value: report?.value === null || report?.value === undefined ? '' : String(report.value),
    note: report?.note ?? '',
    links: report?.links.length ? report.links.map((l) => ({ ...l })) : [{ url: '', label: '' }],
  };
}

export interface ReportTarget {
  unitId: string;
  indicator: IndicatorCode;
  periodKey: string;
}

/** What the API's ZSaveReportInput expects; empty link rows are the form's spare row. */
export function toSaveInput(target: ReportTarget, draft: ReportDraft, version: number | null) {
  // Vietnamese write decimals with a comma: 2,5 means 2.5.
  const value = draft.value.trim().replace(',', '.');
  const kept = draft.links
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => link.url.trim() !== '' || link.label.trim() !== '');
  return {
    input: {
      ...target,
      claimsMet: draft.claimsMet,
      value: value === '' ? null : Number(value),
      note: draft.note,
      links: kept.map((k) => k.link),
      version,
    },
    /** Sent link i is form row rowOf[i], for putting errors beside the right row. */
    rowOf: kept.map((k) => k.index),
  };
}

/** 'links.0.url' of the sent list → 'links.<form row>.url', rowOf from toSaveInput. */
export function linkFieldOf(rowOf: number[]) {
  return (path: string) => {
    const m = /^links\.(\d+)\.(.+)$/.exec(path);
    return m ? `links.${rowOf[Number(m[1])] ?? m[1]}.${m[2]}` : path;
  };
}
