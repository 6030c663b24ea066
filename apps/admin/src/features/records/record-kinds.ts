// The seven kinds of record as forms: which fields each has, how a field is typed in (dates
// as dd/MM/yyyy, counts as digits) and how the form's text becomes the API's RecordInput.
import {
  APP_MILESTONE_LABELS,
  APP_MILESTONES,
  type Bilingual,
  formatDateVi,
  PUBLICATION_KINDS,
  PUBLICATION_SERIES,
  parseDateVi,
  type RecordKind,
  TRAINING_LEVELS,
} from '@lantoa/domain';
import { M } from '../../lib/screen-messages';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'dateOptional'
  | 'count'
  | 'bool'
  | 'url'
  | 'urlOptional'
  | 'choice'
  | 'campaign';

export interface RecordField {
  name: string;
  label: Bilingual;
  type: FieldType;
  options?: readonly { value: string; label: Bilingual }[];
}

const opts = <T extends string>(values: readonly T[], labels: Record<T, Bilingual>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const RECORD_KIND_LABELS: Record<RecordKind, Bilingual> = {
  training_course: M.kindTraining,
  code_of_conduct_session: M.kindCodeOfConduct,
  communication_staff: M.kindStaff,
  facebook_page: M.kindFacebook,
  publication: M.kindPublication,
  app_milestone: M.kindMilestone,
  campaign_participation: M.kindCampaign,
};

/** The indicator each kind feeds, shown beside the kind's heading. */
export const RECORD_KIND_INDICATORS: Record<RecordKind, string> = {
  code_of_conduct_session: 'CT-01',
  communication_staff: 'CT-02',
  facebook_page: 'CT-03, CT-04',
  training_course: 'CT-05',
  campaign_participation: 'CT-06',
  publication: 'CT-07',
  app_milestone: 'CT-08',
};

/** Display order: by indicator. */
export const RECORD_KIND_ORDER: RecordKind[] = [
  'code_of_conduct_session',
  'communication_staff',
  'facebook_page',
  'training_course',
  'campaign_participation',
  'publication',
  'app_milestone',
];

export const RECORD_FIELDS: Record<RecordKind, RecordField[]> = {
  training_course: [
    { name: 'title', label: M.title, type: 'text' },
    { name: 'heldOn', label: M.heldOn, type: 'date' },
    { name: 'participants', label: M.participants, type: 'count' },
    {
      name: 'level',
      label: M.level,
      type: 'choice',
      options: opts(TRAINING_LEVELS, {
        province: M.levelProvince,
        district: M.levelDistrict,
        grassroots: M.levelGrassroots,
      }),
    },
  ],
  code_of_conduct_session: [
    { name: 'title', label: M.title, type: 'text' },
    { name: 'heldOn', label: M.heldOn, type: 'date' },
    { name: 'participants', label: M.participants, type: 'count' },
  ],
  communication_staff: [
    { name: 'name', label: M.staffName, type: 'text' },
    { name: 'hasSmartphoneSkill', label: M.smartphoneSkill, type: 'bool' },
    { name: 'since', label: M.since, type: 'date' },
    { name: 'until', label: M.until, type: 'dateOptional' },
  ],
  facebook_page: [
    { name: 'name', label: M.pageName, type: 'text' },
    { name: 'url', label: M.pageUrl, type: 'url' },
    { name: 'isFanpage', label: M.isFanpage, type: 'bool' },
    { name: 'createdOn', label: M.createdOn, type: 'date' },
    { name: 'lastPostOn', label: M.lastPostOn, type: 'dateOptional' },
    { name: 'recentPostCount', label: M.recentPostCount, type: 'count' },
    { name: 'lastCheckedOn', label: M.lastCheckedOn, type: 'date' },
  ],
  publication: [
    { name: 'title', label: M.title, type: 'text' },
    {
      name: 'series',
      label: M.series,
      type: 'choice',
      options: opts(PUBLICATION_SERIES, {
        'nguoi-tot-viec-thien': M.seriesNtvt,
        other: M.seriesOther,
      }),
    },
    {
      name: 'publicationKind',
      label: M.publicationKind,
      type: 'choice',
      options: opts(PUBLICATION_KINDS, {
        publication: M.pubPublication,
        leaflet: M.pubLeaflet,
        film: M.pubFilm,
        report: M.pubReport,
        photo: M.pubPhoto,
        other: M.pubOther,
      }),
    },
    { name: 'publishedOn', label: M.publishedOn, type: 'date' },
    { name: 'url', label: M.link, type: 'urlOptional' },
  ],
  app_milestone: [
    {
      name: 'milestone',
      label: M.milestone,
      type: 'choice',
      options: opts(APP_MILESTONES, APP_MILESTONE_LABELS),
    },
    { name: 'reachedOn', label: M.reachedOn, type: 'date' },
    { name: 'note', label: M.note, type: 'textarea' },
  ],
  campaign_participation: [
    { name: 'campaignId', label: M.campaign, type: 'campaign' },
    { name: 'participatedOn', label: M.participatedOn, type: 'date' },
    { name: 'evidenceUrl', label: M.evidenceUrl, type: 'urlOptional' },
  ],
};

export type RecordDraft = Record<string, string | boolean>;
type RecordRow = Record<string, unknown>;

/** The form's text for a new record (choices on their first option) or an existing one. */
export function draftOf(kind: RecordKind, row: RecordRow | null): RecordDraft {
  const draft: RecordDraft = {};
  for (const f of RECORD_FIELDS[kind]) {
    const value = row?.[f.name];
    if (f.type === 'bool') draft[f.name] = value === undefined ? true : Boolean(value);
    else if (f.type === 'date' || f.type === 'dateOptional')
      draft[f.name] = typeof value === 'string' ? formatDateVi(value) : '';
    else if (f.type === 'choice')
      draft[f.name] = typeof value === 'string' ? value : (f.options?.[0]?.value ?? '');
    else draft[f.name] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

/** Form text → RecordInput; text that does not parse is passed on for the schema to flag. */
export function recordInput(kind: RecordKind, unitId: string, draft: RecordDraft) {
  const out: Record<string, unknown> = { kind, unitId };
  for (const f of RECORD_FIELDS[kind]) {
    const raw = draft[f.name];
    const text = typeof raw === 'string' ? raw.trim() : '';
    switch (f.type) {
      case 'bool':
        out[f.name] = raw === true;
        break;
      case 'date':
        out[f.name] = parseDateVi(text) ?? text;
        break;
      case 'dateOptional':
        out[f.name] = text === '' ? null : (parseDateVi(text) ?? text);
        break;
      case 'count':
        out[f.name] = /^\d+$/.test(text) ? Number(text) : text === '' ? Number.NaN : text;
        break;
      case 'urlOptional':
        out[f.name] = text === '' ? null : text;
        break;
      case 'textarea':
        out[f.name] = typeof raw === 'string' ? raw : '';
        break;
      default:
        out[f.name] = text;
    }
  }
  return out;
}

/** One line about a record for the list. */
export function recordSummary(kind: RecordKind, row: RecordRow, lang: 'vi' | 'en'): string {
  const d = (key: string) => (typeof row[key] === 'string' ? formatDateVi(row[key] as string) : '');
  switch (kind) {
    case 'training_course':
    case 'code_of_conduct_session':
      return `${d('heldOn')} — ${row.title} (${row.participants} ${lang === 'vi' ? 'người' : 'people'})`;
    case 'communication_staff':
      return `${row.name} — ${d('since')}${row.until ? `–${d('until')}` : ''}`;
    case 'facebook_page':
      return `${row.name}${row.isFanpage ? ' (Fanpage)' : ''} — ${row.recentPostCount} ${lang === 'vi' ? 'bài gần đây' : 'recent posts'}`;
    case 'publication':
      return `${d('publishedOn')} — ${row.title}`;
    case 'app_milestone':
      return `${d('reachedOn')} — ${APP_MILESTONE_LABELS[row.milestone as keyof typeof APP_MILESTONE_LABELS]?.[lang] ?? row.milestone}`;
    case 'campaign_participation':
      return d('participatedOn');
  }
}
