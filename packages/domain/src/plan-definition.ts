// A plan as declarative data: its indicators (clause, unit kinds, target, rule, schedule)
// and its reporting deadlines, checked by a zod schema. Plan 48/KH-CTĐKG is one such
// definition; the engine evaluates whatever definition it is given (decision 15).

import { z } from 'zod';
import { REPORTING_DEADLINES, type ReportingDeadline } from './deadlines.js';
import { INDICATORS, type Indicator, PLAN, RULE_IDS } from './plan.js';
import { ZSafeLine } from './safe-text.js';
import { msg } from './schema-messages.js';
import { ZIsoDate, ZUnitKind } from './schemas.js';
import type { Bilingual, IsoDate } from './types.js';

export interface PlanDefinition {
  id: string;
  title: Bilingual;
  issuer: Bilingual;
  issuedOn: IsoDate;
  term: { from: IsoDate; to: IsoDate };
  indicators: Indicator[];
  deadlines: ReportingDeadline[];
}

/** Plan 48/KH-CTĐKG as issued, before any amendment. */
export const BASE_PLAN: PlanDefinition = {
  id: PLAN.id,
  title: PLAN.title,
  issuer: PLAN.issuer,
  issuedOn: PLAN.issuedOn,
  term: { ...PLAN.term },
  indicators: [...INDICATORS],
  deadlines: [...REPORTING_DEADLINES],
};

const invalid = { error: msg('invalid') };
const ZLine = ZSafeLine.min(1, msg('titleRequired')).max(500, msg('textLong'));
export const ZBilingual = z.object({ vi: ZLine, en: ZLine });
export const ZNewIndicatorCode = z
  .string(invalid)
  .regex(/^CT-\d{2}$/, msg('newIndicatorCode'))
  .transform((c) => c as `CT-${string}`);
export const ZUnitKinds = z.array(ZUnitKind, invalid).min(1, msg('kindsRequired')).max(6);

export const ZSchedule = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('deadline'), due: ZIsoDate }),
    z
      .object({
        kind: z.literal('yearly'),
        firstYear: z.number(invalid).int().min(2000).max(2100),
        lastYear: z.number(invalid).int().min(2000).max(2100),
      })
      .refine((s) => s.firstYear <= s.lastYear, { message: msg('dateOrder'), path: ['lastYear'] }),
    z
      .object({ kind: z.literal('term'), from: ZIsoDate, to: ZIsoDate })
      .refine((s) => s.from <= s.to, { message: msg('dateOrder'), path: ['to'] }),
  ],
  invalid,
);

export const ZIndicatorDefinition = z.object({
  code: ZNewIndicatorCode,
  title: ZBilingual,
  shortTitle: ZBilingual,
  clause: ZLine,
  appliesTo: ZUnitKinds,
  rollupKinds: ZUnitKinds,
  target: ZBilingual,
  ruleId: z.enum(RULE_IDS, { error: msg('choice') }),
  schedule: ZSchedule,
  rule: ZBilingual,
  plannedDue: ZIsoDate.optional(),
});

export const ZReportingDeadline = z.object({
  id: ZSafeLine.regex(/^[a-z0-9-]{1,64}$/, msg('invalid')),
  kind: z.enum(['own_plan', 'annual_report', 'mid_term_review', 'final_review'], invalid),
  due: ZIsoDate,
  appliesTo: ZUnitKinds,
  label: ZBilingual,
  clause: ZLine,
  isDefault: z.boolean(invalid),
});

const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const ZPlanDefinition = z.object({
  id: ZLine,
  title: z.object({ vi: ZSafeLine.min(1), en: ZSafeLine.min(1) }),
  issuer: ZBilingual,
  issuedOn: ZIsoDate,
  term: z.object({ from: ZIsoDate, to: ZIsoDate }),
  indicators: z
    .array(ZIndicatorDefinition, invalid)
    .max(100)
    .refine((list) => unique(list.map((i) => i.code)), msg('invalid')),
  deadlines: z
    .array(ZReportingDeadline, invalid)
    .max(100)
    .refine((list) => unique(list.map((d) => d.id)), msg('invalid')),
});
