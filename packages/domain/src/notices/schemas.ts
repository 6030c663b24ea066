// Inputs of the notices and account procedures, checked on the server (and by forms).
import { z } from 'zod';
import { isSafeLine, ZSafeLine } from '../safe-text.js';
import { msg } from '../schema-messages.js';
import { ZEmail, ZId, ZName, ZPassword, ZVersion } from '../schemas.js';
import { ZNoticeRules } from './rules.js';

const ZClock = z.string(msg('clock')).regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('clock'));

export const ZNoticePreferencesInput = z.object({
  email: z.boolean(),
  zalo: z.boolean(),
  /** The user's Zalo id as the Official Account knows it (they followed the OA). */
  zaloUserId: ZSafeLine.max(64).default(''),
  quietStart: ZClock,
  quietEnd: ZClock,
  digest: z.boolean(),
  version: ZVersion.optional(),
});
export type NoticePreferencesInput = z.infer<typeof ZNoticePreferencesInput>;

/** notices.savePreferences: the preferences and the language notices are written in. */
export const ZSaveNoticePreferencesInput = ZNoticePreferencesInput.extend({
  lang: z.enum(['vi', 'en']),
});

/** notices.saveRules: a province's đôn đốc rules, over the version they were read at. */
export const ZSaveNoticeRulesInput = z.object({ rules: ZNoticeRules, version: ZVersion });

export const ZMarkNoticesReadInput = z.object({ ids: z.array(ZId).min(1).max(200) });

export const ZChangePasswordInput = z.object({
  // A password can hold no lone surrogate or control character (ZPassword refuses them at
  // creation), so such input is malformed, not a wrong password.
  currentPassword: z
    .string(msg('passwordRequired'))
    .min(1, msg('passwordRequired'))
    .max(1024)
    .refine(isSafeLine, msg('unsafeLine')),
  newPassword: ZPassword,
});

/** "Forgot password" (POST /auth/reset-request; the page checks the same). */
export const ZPasswordResetRequestInput = z.object({ email: ZEmail });

/** A reset or invitation token as it arrives in a link: base64url, 43 characters. */
export const ZPasswordToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, {
  error: 'Liên kết không hợp lệ / the link is not valid',
});

export const ZSetPasswordWithTokenInput = z.object({
  token: ZPasswordToken,
  password: ZPassword,
});

/** The first administrator of a fresh deployment, with the one-time secret the server
 *  printed at its first start (POST /auth/setup; the setup page checks the same). */
export const ZCreateFirstAdminInput = z.object({
  secret: ZSafeLine.min(1, msg('setupSecretRequired')).max(200, msg('setupSecretRequired')),
  name: ZName,
  email: ZEmail,
  password: ZPassword,
});

export const ZDeliveriesInput = z.object({
  status: z.enum(['pending', 'sent', 'failed', 'skipped', 'all']).default('all'),
  limit: z.number().int().min(1).max(200).default(50),
});

export const ZResendDeliveryInput = z.object({ deliveryId: ZId });
