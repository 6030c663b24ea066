// The amendment form's state as typed (dates as dd/MM/yyyy) and its translation into the
// domain's input, which ZPlanAmendmentInput then judges.
import { type IndicatorCode, type PlanChange, parseDateVi, type UnitKind } from '@lantoa/domain';

export type DraftChangeType = Exclude<PlanChange['type'], 'add_indicator'>;

export interface DraftChange {
  type: DraftChangeType;
  indicator: IndicatorCode;
  deadlineId: string;
  appliesTo: UnitKind[];
  rollupKinds: UnitKind[];
  targetVi: string;
  targetEn: string;
  due: string;
}

export type AmendmentDraft = {
  effectiveOn: string;
  number: string;
  issuedOn: string;
  issuer: string;
  summary: string;
  changes: DraftChange[];
};

export const newChange = (indicator: IndicatorCode, deadlineId: string): DraftChange => ({
  type: 'set_unit_kinds',
  indicator,
  deadlineId,
  appliesTo: [],
  rollupKinds: [],
  targetVi: '',
  targetEn: '',
  due: '',
});

const isoOr = (text: string) => parseDateVi(text.trim()) ?? text.trim();

function toChange(c: DraftChange): unknown {
  switch (c.type) {
    case 'set_unit_kinds':
      return {
        type: c.type,
        indicator: c.indicator,
        appliesTo: c.appliesTo,
        rollupKinds: c.rollupKinds,
      };
    case 'set_target':
      return { type: c.type, indicator: c.indicator, target: { vi: c.targetVi, en: c.targetEn } };
    case 'set_schedule':
      return {
        type: c.type,
        indicator: c.indicator,
        schedule: { kind: 'deadline', due: isoOr(c.due) },
      };
    case 'set_deadline':
      return {
        type: c.type,
        deadlineId: c.deadlineId,
        due: c.due.trim() === '' ? undefined : isoOr(c.due),
        appliesTo: c.appliesTo.length === 0 ? undefined : c.appliesTo,
      };
    case 'retire_indicator':
      return { type: c.type, indicator: c.indicator };
  }
}

/** What the schema is asked to accept; dates it cannot read stay as typed so it says so. */
export function draftToInput(d: AmendmentDraft): unknown {
  return {
    effectiveOn: isoOr(d.effectiveOn),
    legalBasis: { number: d.number, issuedOn: isoOr(d.issuedOn), issuer: d.issuer },
    summary: d.summary,
    changes: d.changes.map(toChange),
  };
}
