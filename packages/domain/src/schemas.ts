// Zod schemas for every input the API accepts, shared with the admin app's forms.
// Messages are Vietnamese; translateSchemaMessage gives English (see schema-messages.ts).

import { z } from 'zod';
import { isCommonPassword } from './common-passwords.js';
import { isIsoDate, parseDateVi } from './dates.js';
import { ROLES } from './labels.js';
import { isSafeLine, isSafeText, ZSafeLine, ZSafeText } from './safe-text.js';
import { msg } from './schema-messages.js';
import { INDICATOR_CODES, type IndicatorCode, type IsoDate, UNIT_KINDS } from './types.js';

const invalid = { error: msg('invalid') };

/** Every date the app stores lies in the plan's era: earlier or later is a typing slip. */
export const DATE_RANGE = { from: '2000-01-01', to: '2100-12-31' } as const;
const isInDateRange = (iso: string) => iso >= DATE_RANGE.from && iso <= DATE_RANGE.to;

export const ZIsoDate = z
  .string(invalid)
  .refine(isIsoDate, { message: msg('isoDate'), abort: true })
  .refine(isInDateRange, msg('dateRange'));

/** Accepts what a Vietnamese user types (10/01/2025) and yields the ISO date. */
export const ZViDate = z
  .string(invalid)
  .refine((s) => parseDateVi(s) !== null, { message: msg('viDate'), abort: true })
  .refine((s) => isInDateRange(parseDateVi(s) as string), msg('dateRange'))
  .transform((s) => parseDateVi(s) as IsoDate);

export const ZUnitCode = z
  .string(invalid)
  .regex(/^(?=.{2,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/, msg('unitCode'));

export const ZIndicatorCode = z.enum(INDICATOR_CODES, { error: msg('indicatorCode') });
/** An indicator code as reports name it: plan 48's or one an amendment added (CT-nn). */
export const ZReportIndicatorCode = z
  .string(invalid)
  .regex(/^CT-\d{2}$/, msg('newIndicatorCode'))
  .transform((c) => c as IndicatorCode);
export const ZPeriodKey = z
  .string(invalid)
  .regex(/^(?:\d{4}|\d{4}-\d{4}|by-\d{4})$/, msg('periodKey'));
export const ZRole = z.enum(ROLES, { error: msg('role') });
export const ZUnitKind = z.enum(UNIT_KINDS, { error: msg('unitKind') });

export const ZId = ZSafeLine.min(1, msg('idRequired')).max(100, msg('idRequired'));
export const ZVersion = z
  .number({ error: msg('version') })
  .int(msg('version'))
  .min(0, msg('version'))
  // The column is a PostgreSQL integer: a larger number would fail in the query, not here.
  .max(2_147_483_647, msg('version'));
export const ZName = ZSafeLine.min(1, msg('nameRequired')).max(200, msg('nameLong'));

export const ZEmail = ZSafeLine.toLowerCase()
  .max(254, msg('email'))
  .pipe(z.email({ error: msg('email') }));

export const ZPassword = z
  .string({ error: msg('passwordRequired') })
  .refine(isSafeLine, msg('unsafeLine'))
  .min(8, msg('passwordShort'))
  .max(128, msg('passwordLong'))
  .refine((p) => !isCommonPassword(p), msg('passwordCommon'));

export const ZSignInInput = z.object({
  email: ZEmail,
  // Sign-in checks only presence: old passwords predate today's strength rules.
  // Never stored, but a NUL or a lone surrogate is no password anyone could have set.
  password: z
    .string({ error: msg('passwordRequired') })
    .refine(isSafeText, msg('unsafeText'))
    .min(1, msg('passwordRequired'))
    .max(128, msg('passwordLong')),
});

export const ZCreateUserInput = z.object({
  email: ZEmail,
  name: ZName,
  role: ZRole,
  unitId: ZId,
  password: ZPassword,
});

export const ZUpdateUserInput = z.object({
  id: ZId,
  version: ZVersion,
  role: ZRole.optional(),
  unitId: ZId.optional(),
  name: ZName.optional(),
  isDisabled: z.boolean(invalid).optional(),
});

// URL exists in every browser and in Node, but this package compiles without DOM or Node types.
type UrlConstructor = new (input: string) => { protocol: string; hostname: string };
const WhatwgUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;

export function isHttpUrl(text: string): boolean {
  try {
    const url = new WhatwgUrl(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An absolute https URL: the only images an https page (and its CSP) will load. */
export function isHttpsUrl(text: string): boolean {
  return isHttpUrl(text) && new WhatwgUrl(text).protocol === 'https:';
}

export const ZEvidenceLink = z.object({
  url: ZSafeLine.max(2048, msg('url')).refine(isHttpUrl, msg('url')),
  label: ZSafeLine.max(200, msg('linkLabelLong')).default(''),
});

export const ZSaveReportInput = z.object({
  unitId: ZId,
  // Any CT-nn: whether the plan has it, then, and that period is the server's question,
  // asked of the plan in force for the unit's province (`reportPlanProblem`).
  indicator: ZReportIndicatorCode,
  periodKey: ZPeriodKey,
  claimsMet: z.boolean(invalid),
  value: z
    .number({ error: msg('value') })
    .finite(msg('valueRange'))
    .min(0, msg('valueRange'))
    .max(1e12, msg('valueRange'))
    .nullable()
    .optional(),
  note: ZSafeText.max(5000, msg('noteLong')).default(''),
  links: z.array(ZEvidenceLink, invalid).max(20, msg('linksMax')).default([]),
  /** null creates the report; a number edits that version of it. */
  version: ZVersion.nullable(),
  /** Names this save: the same save sent again (an offline queue's retry) is answered with
   *  the row it already wrote instead of a second version or a CONFLICT. */
  saveKey: z.uuid(invalid).optional(),
});

export const ZSubmitReportInput = z.object({ reportId: ZId, version: ZVersion });

export const ZReviewReportInput = z
  .object({
    reportId: ZId,
    version: ZVersion,
    decision: z.enum(['approve', 'return', 'reopen'], { error: msg('decision') }),
    comment: ZSafeText.trim().max(2000, msg('commentLong')).default(''),
  })
  // A returned report must tell the cadre what to fix.
  .refine((r) => r.decision !== 'return' || r.comment !== '', {
    message: msg('commentRequired'),
    path: ['comment'],
  });

export const ZCreateUnitInput = z
  .object({
    code: ZUnitCode,
    name: ZName,
    kind: ZUnitKind,
    parentId: ZId.nullable(),
    openedOn: ZIsoDate,
  })
  .refine((u) => (u.kind === 'province') === (u.parentId === null), {
    message: msg('provinceRoot'),
    path: ['parentId'],
  });

/** A rename is dated like every change of the tree: the old name stays for earlier days. */
export const ZRenameUnitInput = z.object({
  unitId: ZId,
  version: ZVersion,
  name: ZName,
  effectiveOn: ZIsoDate,
});

export const ZMoveUnitInput = z
  .object({ unitId: ZId, version: ZVersion, parentId: ZId, effectiveOn: ZIsoDate })
  .refine((m) => m.parentId !== m.unitId, { message: msg('selfParent'), path: ['parentId'] });

export const ZCloseUnitInput = z
  .object({
    unitId: ZId,
    version: ZVersion,
    closedOn: ZIsoDate,
    mergedIntoId: ZId.optional(),
  })
  .refine((c) => c.mergedIntoId !== c.unitId, {
    message: msg('selfMerge'),
    path: ['mergedIntoId'],
  });

export const ZMatrixInput = z.object({
  rootId: ZId.optional(),
  periodKey: ZPeriodKey.optional(),
  asOf: ZIsoDate.optional(),
});

export type SignInInput = z.output<typeof ZSignInInput>;
export type CreateUserInput = z.output<typeof ZCreateUserInput>;
export type UpdateUserInput = z.output<typeof ZUpdateUserInput>;
export type EvidenceLink = z.output<typeof ZEvidenceLink>;
export type SaveReportInput = z.output<typeof ZSaveReportInput>;
export type SubmitReportInput = z.output<typeof ZSubmitReportInput>;
export type ReviewReportInput = z.output<typeof ZReviewReportInput>;
export type ReviewDecision = ReviewReportInput['decision'];
export type CreateUnitInput = z.output<typeof ZCreateUnitInput>;
export type RenameUnitInput = z.output<typeof ZRenameUnitInput>;
export type MoveUnitInput = z.output<typeof ZMoveUnitInput>;
export type CloseUnitInput = z.output<typeof ZCloseUnitInput>;
export type MatrixInput = z.output<typeof ZMatrixInput>;
