// The amendment form's state as typed (dates as dd/MM/yyyy) and its translation into the
// domain's input, which ZPlanAmendmentInput then judges.
import {
  type IndicatorCode,
  type PlanChange,
  parseDateVi,
  type RuleId,
  type UnitKind,
} from '@lantoa/domain';

export type DraftChangeType = PlanChange['type'];

/** An added indicator as typed: its texts in both languages, the rule that judges it and
 *  its schedule (a due date, or every year from one year to another). Its kinds, target
 *  and due date are the change's own fields. */
export interface AddedIndicatorDraft {
  code: string;
  shortTitleVi: string;
  shortTitleEn: string;
  titleVi: string;
  titleEn: string;
  clause: string;
  ruleId: RuleId;
  ruleVi: string;
  ruleEn: string;
  scheduleKind: 'deadline' | 'yearly';
  firstYear: string;
  lastYear: string;
}

export interface DraftChange {
  type: DraftChangeType;
  indicator: IndicatorCode;
  deadlineId: string;
  appliesTo: UnitKind[];
  rollupKinds: UnitKind[];
  targetVi: string;
  targetEn: string;
  due: string;
  added: AddedIndicatorDraft;
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
  added: {
    code: '',
    shortTitleVi: '',
    shortTitleEn: '',
    titleVi: '',
    titleEn: '',
    clause: '',
    ruleId: 'report_only',
    ruleVi: '',
    ruleEn: '',
    scheduleKind: 'deadline',
    firstYear: '',
    lastYear: '',
  },
});

/** A year as typed: a number when it is one, else the text, for the schema to refuse. */
const yearOr = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : text);

function toAddedIndicator(c: DraftChange): unknown {
  const a = c.added;
  return {
    code: a.code.trim().toUpperCase(),
    title: { vi: a.titleVi, en: a.titleEn },
    shortTitle: { vi: a.shortTitleVi, en: a.shortTitleEn },
    clause: a.clause,
    appliesTo: c.appliesTo,
    rollupKinds: c.rollupKinds,
    target: { vi: c.targetVi, en: c.targetEn },
    ruleId: a.ruleId,
    schedule:
      a.scheduleKind === 'yearly'
        ? { kind: 'yearly', firstYear: yearOr(a.firstYear), lastYear: yearOr(a.lastYear) }
        : { kind: 'deadline', due: isoOr(c.due) },
    rule: { vi: a.ruleVi, en: a.ruleEn },
  };
}

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
    case 'add_indicator':
      return { type: c.type, indicator: toAddedIndicator(c) };
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
