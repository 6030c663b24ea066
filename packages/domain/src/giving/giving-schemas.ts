// Inputs of online giving, checked the same way in the widget's server and the admin app.
import { z } from 'zod';
import { ZSafeLine, ZSafeText } from '../safe-text.js';
import { msg } from '../schema-messages.js';
import { ZEmail, ZId, ZIsoDate, ZName, ZUnitCode, ZVersion } from '../schemas.js';
import { CONSENT_VERSIONS } from './consent.js';
import { VIETQR_AMOUNT_MAX } from './vietqr.js';

export const ZAmount = z
  .number({ error: msg('amount') })
  .int(msg('amount'))
  .min(1_000, msg('amount'))
  .max(VIETQR_AMOUNT_MAX, msg('amount'));

export const ZPhone = ZSafeLine.regex(/^\+?[0-9 .-]{8,20}$/, msg('phone'));

/** What the public pledge form sends. `website` is the honeypot: people never see it. */
export const ZPledgeInput = z.object({
  /** null: anonymous. */
  displayName: ZSafeLine.min(1, msg('nameRequired')).max(120, msg('nameLong')).nullable(),
  amount: ZAmount.nullable(),
  contactEmail: ZEmail.nullable().default(null),
  contactPhone: ZPhone.nullable().default(null),
  consentVersion: z.enum(CONSENT_VERSIONS, { error: msg('consentRequired') }),
  hasConsented: z.literal(true, { error: msg('consentRequired') }),
  formToken: ZSafeLine.max(200),
  website: z.string().max(200).optional(),
});
export type PledgeInput = z.infer<typeof ZPledgeInput>;

export const ZAppealInput = z
  .object({
    id: ZId.nullable(),
    version: ZVersion.nullable(),
    unitId: ZId,
    code: ZUnitCode,
    title: ZName,
    story: ZSafeText.max(20_000, msg('nameLong')),
    targetAmount: ZAmount,
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    bankBin: ZSafeLine.regex(/^\d{6}$/, msg('bankBin')),
    accountNumber: ZSafeLine.regex(/^[A-Za-z0-9]{1,19}$/, msg('accountNumber')),
    accountName: ZName,
  })
  .refine((a) => a.endsOn >= a.startsOn, { message: msg('dateOrder'), path: ['endsOn'] });
export type AppealInput = z.infer<typeof ZAppealInput>;

export const ZReceivePledgeInput = z.object({
  pledgeId: ZId,
  version: ZVersion,
  amount: ZAmount,
  receivedOn: ZIsoDate,
});

export const ZDisbursementInput = z.object({
  appealId: ZId,
  spentOn: ZIsoDate,
  recipientGroup: ZName,
  amount: ZAmount,
  evidenceUrl: ZSafeLine.max(2_000).pipe(z.url({ protocol: /^https$/, error: msg('invalid') })),
});
