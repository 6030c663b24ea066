// Inputs for the records behind the plan (section II): what cadres and the province record
// about trainings, staff, pages, campaigns, publications, the app, stories and ambassadors.
import { z } from 'zod';
import { PUBLICATION_KINDS, PUBLICATION_SERIES, TRAINING_LEVELS } from './record-choices.js';
import { ZSafeLine, ZSafeText } from './safe-text.js';
import { msg } from './schema-messages.js';
import {
  isHttpsUrl,
  isHttpUrl,
  ZEmail,
  ZId,
  ZIsoDate,
  ZName,
  ZUnitKind,
  ZVersion,
} from './schemas.js';
import { APP_MILESTONES } from './types.js';

const invalid = { error: msg('invalid') };
const ZTitle = ZSafeLine.min(1, msg('titleRequired')).max(300, msg('textLong'));
const ZCount = z
  .number({ error: msg('count') })
  .int(msg('count'))
  .min(0, msg('count'))
  .max(10_000_000, msg('count'));
export const ZHttpUrl = ZSafeLine.max(2048, msg('url')).refine(isHttpUrl, msg('url'));
/** Images shown on https pages (the story page, partners' sites) must be https themselves:
 *  mixed content is blocked, and the story page's CSP allows only https: images. */
export const ZHttpsImageUrl = ZSafeLine.max(2048, msg('httpsUrl')).refine(
  isHttpsUrl,
  msg('httpsUrl'),
);
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: msg('choice') });

export const ZRecordInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('training_course'),
    unitId: ZId,
    heldOn: ZIsoDate,
    title: ZTitle,
    participants: ZCount,
    level: choice(TRAINING_LEVELS),
  }),
  z.object({
    kind: z.literal('code_of_conduct_session'),
    unitId: ZId,
    heldOn: ZIsoDate,
    title: ZTitle,
    participants: ZCount,
  }),
  z.object({
    kind: z.literal('communication_staff'),
    unitId: ZId,
    name: ZName,
    hasSmartphoneSkill: z.boolean(invalid),
    since: ZIsoDate,
    until: ZIsoDate.nullable(),
  }),
  z.object({
    kind: z.literal('facebook_page'),
    unitId: ZId,
    url: ZHttpUrl,
    name: ZName,
    isFanpage: z.boolean(invalid),
    createdOn: ZIsoDate,
    lastPostOn: ZIsoDate.nullable(),
    recentPostCount: ZCount,
    lastCheckedOn: ZIsoDate,
  }),
  z.object({
    kind: z.literal('publication'),
    unitId: ZId,
    title: ZTitle,
    series: choice(PUBLICATION_SERIES),
    publicationKind: choice(PUBLICATION_KINDS),
    publishedOn: ZIsoDate,
    url: ZHttpUrl.nullable(),
  }),
  z.object({
    kind: z.literal('app_milestone'),
    unitId: ZId,
    milestone: choice(APP_MILESTONES),
    reachedOn: ZIsoDate,
    note: ZSafeText.max(2000, msg('textLong')),
  }),
  z.object({
    kind: z.literal('campaign_participation'),
    unitId: ZId,
    campaignId: ZId,
    participatedOn: ZIsoDate,
    evidenceUrl: ZHttpUrl.nullable(),
  }),
]);
export type RecordInput = z.output<typeof ZRecordInput>;
export type RecordKind = RecordInput['kind'];
export const RECORD_KINDS = ZRecordInput.options.map((o) => o.shape.kind.value) as RecordKind[];

/** id and version null create; otherwise the version being edited. */
export const ZSaveRecordInput = z.object({
  id: ZId.nullable(),
  version: ZVersion.nullable(),
  record: ZRecordInput,
  /** On create, the id the new record takes, chosen by the phone that queued it offline:
   *  the same create sent again (a retry after a lost answer) is answered with the record
   *  it already made instead of a second one (decision 34). */
  newId: z.uuid(invalid).optional(),
});
export const ZDeleteRecordInput = z.object({
  kind: choice(RECORD_KINDS as [RecordKind, ...RecordKind[]]),
  id: ZId,
  version: ZVersion,
});

export const ZSaveCampaignInput = z
  .object({
    id: ZId.nullable(),
    version: ZVersion.nullable(),
    title: ZTitle,
    kind: choice(['campaign', 'contest'] as const),
    organiser: choice(['central', 'province'] as const),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    targetKinds: z.array(ZUnitKind).min(1, msg('choice')).max(5),
  })
  .refine((c) => c.endsOn >= c.startsOn, { message: msg('dateOrder'), path: ['endsOn'] });

/** The longest story body stored, in characters, before and after sanitising (decision 12). */
export const STORY_BODY_MAX = 100_000;

const ZTags = z
  .array(ZSafeLine.min(1, msg('tagsMax')).max(40, msg('tagsMax')), invalid)
  .max(10, msg('tagsMax'));

export const ZSaveStoryInput = z.object({
  id: ZId.nullable(),
  version: ZVersion.nullable(),
  unitId: ZId,
  title: ZTitle,
  summary: ZSafeText.trim().max(600, msg('textLong')),
  bodyHtml: ZSafeText.max(STORY_BODY_MAX, msg('storyBodyLong')),
  coverImageUrl: ZHttpsImageUrl.nullable(),
  tags: ZTags,
});
export const STORY_ACTIONS = ['submit', 'publish', 'return', 'unpublish'] as const;
/** A story action as the API takes it: a comment joins the thread; a return needs one. */
export const ZStoryActionInput = z
  .object({
    id: ZId,
    version: ZVersion,
    action: choice(STORY_ACTIONS),
    comment: ZSafeText.trim().max(2000, msg('commentLong')).optional(),
  })
  // A returned story must tell its author what to change, as a returned report does.
  .refine((input) => input.action !== 'return' || Boolean(input.comment), {
    message: msg('storyCommentRequired'),
    path: ['comment'],
  });

export const AMBASSADOR_FIELDS = [
  'singer',
  'actor',
  'athlete',
  'creator',
  'journalist',
  'other',
] as const;
export const AMBASSADOR_STATUSES = ['invited', 'active', 'paused', 'ended'] as const;

export const ZSaveAmbassadorInput = z
  .object({
    id: ZId.nullable(),
    version: ZVersion.nullable(),
    name: ZName,
    field: choice(AMBASSADOR_FIELDS),
    channels: z
      .array(
        z.object({
          platform: ZSafeLine.min(1, msg('choice')).max(40, msg('textLong')),
          url: ZHttpUrl,
          followers: ZCount,
        }),
        invalid,
      )
      .max(10),
    photoUrl: ZHttpsImageUrl.nullable(),
    contactEmail: ZEmail.nullable(),
    contactPhone: ZSafeLine.regex(/^\+?[0-9 .-]{8,20}$/, msg('phone')).nullable(),
    status: choice(AMBASSADOR_STATUSES),
    termFrom: ZIsoDate.nullable(),
    termTo: ZIsoDate.nullable(),
    units: z
      .array(z.object({ unitId: ZId, program: ZSafeLine.max(200, msg('textLong')) }), invalid)
      .max(50),
  })
  .refine((a) => !a.termFrom || !a.termTo || a.termTo >= a.termFrom, {
    message: msg('dateOrder'),
    path: ['termTo'],
  });

export const ZAddAppearanceInput = z.object({
  ambassadorId: ZId,
  appearedOn: ZIsoDate,
  event: ZTitle,
  kind: ZSafeLine.min(1, msg('titleRequired')).max(60, msg('textLong')),
  reach: ZCount,
});
export const ZRecordConsentInput = z.object({
  ambassadorId: ZId,
  purpose: ZSafeText.trim().min(1, msg('titleRequired')).max(500, msg('textLong')),
  consentedOn: ZIsoDate,
  documentRef: ZSafeLine.min(1, msg('titleRequired')).max(200, msg('textLong')),
});
export const ZWithdrawConsentInput = z.object({ consentId: ZId, withdrawnOn: ZIsoDate });

/** A unit records that it met one of the plan's reporting deadlines (its own plan, a
 *  year's report): when it sent it, and where it can be read. */
export const ZDeadlineSubmissionInput = z.object({
  unitId: ZId,
  deadlineId: ZSafeLine.min(1, msg('invalid')).max(60, msg('invalid')),
  submittedOn: ZIsoDate,
  link: ZHttpUrl.nullable(),
  note: ZSafeText.trim().max(5000, msg('noteLong')).default(''),
});
export type DeadlineSubmissionInput = z.output<typeof ZDeadlineSubmissionInput>;
