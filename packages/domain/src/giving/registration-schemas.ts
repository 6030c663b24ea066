// Registrations: a unit's registration drive (volunteers, a blood-donation day, an event)
// and what the public form sends, checked the same way in the API and the admin app.
import { z } from 'zod';
import { ZSafeLine, ZSafeText } from '../safe-text.js';
import { msg } from '../schema-messages.js';
import { ZEmail, ZId, ZIsoDate, ZName, ZUnitCode, ZVersion } from '../schemas.js';
import { CONSENT_VERSIONS, type ConsentVersion } from './consent.js';
import { ZPhone } from './giving-schemas.js';

export const DRIVE_KINDS = ['volunteer', 'blood-donation', 'event'] as const;
export type DriveKind = (typeof DRIVE_KINDS)[number];

export const DRIVE_KIND_LABELS: Record<DriveKind, { vi: string; en: string }> = {
  volunteer: { vi: 'Tình nguyện viên', en: 'Volunteer' },
  'blood-donation': { vi: 'Hiến máu tình nguyện', en: 'Blood donation' },
  event: { vi: 'Sự kiện', en: 'Event' },
};

export const ZDriveInput = z
  .object({
    id: ZId.nullable(),
    version: ZVersion.nullable(),
    unitId: ZId,
    code: ZUnitCode,
    kind: z.enum(DRIVE_KINDS, { error: msg('driveKind') }),
    title: ZName,
    description: ZSafeText.max(5_000, msg('noteLong')).default(''),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    place: ZName,
    /** null: no limit. */
    capacity: z
      .int(msg('capacity'))
      .min(1, msg('capacity'))
      .max(100_000, msg('capacity'))
      .nullable(),
    isOpen: z.boolean(),
  })
  .refine((d) => d.endsOn >= d.startsOn, { message: msg('dateOrder'), path: ['endsOn'] });
export type DriveInput = z.infer<typeof ZDriveInput>;

/** The wordings a registrant may agree to (not a giver's). */
const REGISTRATION_CONSENTS = CONSENT_VERSIONS.filter((v) => v.startsWith('registration-')) as [
  ConsentVersion,
  ...ConsentVersion[],
];

/** What the public registration form sends. A registrant is someone the unit will call, so
 *  a name and at least one contact are needed. `website` is the honeypot. */
export const ZRegistrationInput = z
  .object({
    displayName: ZSafeLine.min(1, msg('nameRequired')).max(120, msg('nameLong')),
    contactEmail: ZEmail.nullable().default(null),
    contactPhone: ZPhone.nullable().default(null),
    consentVersion: z.enum(REGISTRATION_CONSENTS, { error: msg('consentRequired') }),
    hasConsented: z.literal(true, { error: msg('consentRequired') }),
    formToken: ZSafeLine.max(200),
    website: z.string().max(200).optional(),
  })
  .refine((r) => r.contactEmail !== null || r.contactPhone !== null, {
    message: msg('contactRequired'),
    path: ['contactPhone'],
  });
export type RegistrationInput = z.infer<typeof ZRegistrationInput>;
