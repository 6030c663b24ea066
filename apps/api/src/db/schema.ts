// Kysely's view of the tables created by migrations/. Kept by hand: the migrations are
// the truth, and a test (migrate.test.ts) checks that every table named here exists.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { NoticeTables } from './notice-schema.js';
import type { FacebookTables } from './schema-facebook.js';
import type { GivingTables, RegistrationTables } from './schema-giving.js';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** Filled by DEFAULT now() when omitted. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateText = string;
/** Nullable, and left out of an insert when there is nothing to say. */
type OptionalNull<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Json<T> = ColumnType<T, string, string>;

export interface EvidenceLink {
  url: string;
  label: string;
}

export interface UnitTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  opened_on: DateText;
  closed_on: DateText | null;
  merged_into: string | null;
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  /** The name and code folded for search, computed by the database (migration 0030). */
  folded_name: Generated<string>;
  folded_code: Generated<string>;
}

export interface UnitLinkTable {
  id: Generated<string>;
  unit_id: string;
  parent_id: string;
  valid_from: DateText;
  valid_to: DateText | null;
}

/** Further successors of a unit closed into several (migration 0013); merged_into is the first. */
export interface UnitSuccessorTable {
  unit_id: string;
  successor_id: string;
}

/** Dated ancestors, kept by triggers from unit_links and units (migration 0007). */
export interface UnitAncestorTable {
  unit_id: string;
  ancestor_id: string;
  depth: number;
  valid_from: DateText;
  valid_to: DateText | null;
}

/** Which province owns each unit, kept by the ancestor refresh (migration 0010). */
export interface UnitTenantTable {
  unit_id: string;
  tenant_id: string;
}

/** The plan each province adopted: plan 48 itself, or a template copy of it (0010). */
export interface PlanAdoptionTable {
  province_id: string;
  plan_id: string;
  template_plan_id: string | null;
  adopted_on: DateText;
  created_at: DefaultTimestamp;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: 'admin' | 'reviewer' | 'cadre' | 'viewer' | 'national';
  unit_id: string;
  password_hash: string;
  is_disabled: Generated<boolean>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SessionTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface ReportTable {
  id: Generated<string>;
  unit_id: string;
  indicator: string;
  period_key: string;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  claims_met: boolean;
  value: number | null;
  note: string;
  links: Json<EvidenceLink[]>;
  review_comment: string | null;
  submitted_at: NullableTimestamp;
  reviewed_at: NullableTimestamp;
  reviewed_by: string | null;
  created_by: string;
  updated_by: string;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  /** The key of the save that last wrote this row: a retried save is recognised by it. */
  save_key: string | null;
}

export interface ReportFileTable {
  id: Generated<string>;
  report_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  data: Uint8Array;
  uploaded_by: string;
  created_at: DefaultTimestamp;
  /** The key the upload was sent under, and the version it made (migration 0031). */
  upload_key: OptionalNull<string>;
  upload_version: OptionalNull<number>;
}

interface RecordBase {
  id: Generated<string>;
  unit_id: string;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface CodeOfConductSessionTable extends RecordBase {
  held_on: DateText;
  title: string;
  participants: number;
}
export interface CommunicationStaffTable extends RecordBase {
  name: string;
  has_smartphone_skill: boolean;
  since: DateText;
  until: DateText | null;
}
export interface FacebookPageTable extends RecordBase {
  url: string;
  name: string;
  is_fanpage: boolean;
  created_on: DateText;
  last_post_on: DateText | null;
  recent_post_count: number;
  last_checked_on: DateText;
}
export interface TrainingCourseTable extends RecordBase {
  held_on: DateText;
  title: string;
  participants: number;
  level: string;
}
export interface CampaignTable {
  id: Generated<string>;
  title: string;
  kind: 'campaign' | 'contest';
  organiser: 'central' | 'province';
  starts_on: DateText;
  ends_on: DateText;
  target_kinds: Json<string[]>;
  /** The owning province; NULL: Central's (Trung ương Hội), read by every province. */
  province_id: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}
export interface CampaignParticipationTable extends RecordBase {
  campaign_id: string;
  participated_on: DateText;
  evidence_url: string | null;
}
export interface PublicationTable extends RecordBase {
  title: string;
  series: 'nguoi-tot-viec-thien' | 'other';
  kind: string;
  published_on: DateText;
  url: string | null;
}
export interface AppMilestoneTable {
  id: Generated<string>;
  unit_id: string;
  milestone: 'requirements' | 'content' | 'pilot' | 'launch';
  reached_on: DateText;
  note: string;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface StoryTable {
  id: Generated<string>;
  unit_id: string;
  slug: string;
  title: string;
  summary: string;
  body_html: string;
  cover_image_url: string | null;
  tags: Json<string[]>;
  status: 'draft' | 'review' | 'published';
  published_at: NullableTimestamp;
  author_id: string | null;
  /** Who saved it last (four eyes); null on stories from before migration 0007 without an author. */
  updated_by: string | null;
  review_comment: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface AmbassadorTable {
  id: Generated<string>;
  /** The province that manages the profile (decision 20). */
  province_id: string | null;
  name: string;
  field: string;
  channels: Json<{ platform: string; url: string; followers: number }[]>;
  photo_url: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  status: 'invited' | 'active' | 'paused' | 'ended';
  term_from: DateText | null;
  term_to: DateText | null;
  erased_at: NullableTimestamp;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface AmbassadorUnitTable {
  ambassador_id: string;
  unit_id: string;
  program: string;
}

export interface AmbassadorAppearanceTable {
  id: Generated<string>;
  ambassador_id: string;
  appeared_on: DateText;
  event: string;
  kind: string;
  reach: number;
  created_at: DefaultTimestamp;
}

export interface AmbassadorConsentTable {
  id: Generated<string>;
  ambassador_id: string;
  purpose: string;
  consented_on: DateText;
  document_ref: string;
  withdrawn_on: DateText | null;
  created_at: DefaultTimestamp;
}

export interface PublicationFileTable {
  id: Generated<string>;
  publication_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  data: Uint8Array;
  uploaded_by: string;
  created_at: DefaultTimestamp;
  /** The key the upload was sent under, and the version it made (migration 0031). */
  upload_key: OptionalNull<string>;
  upload_version: OptionalNull<number>;
}

export interface DeadlineSubmissionTable {
  id: Generated<string>;
  unit_id: string;
  deadline_id: string;
  submitted_on: DateText;
  link: string | null;
  note: string;
  created_by: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  last_hash: string;
  prev_hash: string | null;
}

export interface AuditEventTable {
  seq: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

/** An event's place in the hash chain, written by the sealer after commit (decision 7). */
export interface AuditSealTable {
  chain_pos: number;
  seq: number;
  prev_hash: string;
  hash: string;
}

/** Events committed and not yet sealed: the sealer's queue, filled by a trigger. */
export interface AuditPendingTable {
  seq: number;
}

/** Amendments to the plan (migration 0008, decision 15); changes validated by the domain. */
export interface PlanAmendmentTable {
  id: Generated<string>;
  plan_id: string;
  effective_on: DateText;
  legal_number: string;
  legal_issued_on: DateText;
  legal_issuer: string;
  summary: string;
  changes: Json<unknown[]>;
  is_sample: Generated<boolean>;
  created_by: string | null;
  created_at: DefaultTimestamp;
  withdrawn_at: NullableTimestamp;
  withdrawn_by: string | null;
  version: Generated<number>;
}

/** The rows a reorganisation wrote, so a planned one can be cancelled exactly (decision 18). */
export interface ReorganisationWritten {
  createdUnitIds: string[];
  insertedLinkIds: string[];
  endedLinkIds: string[];
  nameIds: string[];
  closedUnitIds: string[];
  touchedUnitIds: string[];
}

export interface ReorganisationTable {
  id: string;
  effective_on: DateText;
  title: string;
  legal_number: string | null;
  legal_issued_on: DateText | null;
  legal_issuer: string | null;
  steps: Json<unknown[]>;
  written: Json<ReorganisationWritten>;
  status: 'planned' | 'applied' | 'cancelled';
  is_sample: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: DefaultTimestamp;
  cancelled_by: string | null;
  cancelled_at: NullableTimestamp;
}

/** A unit's name from a date on (a dated rename); before the first row, units.name. */
export interface UnitNameTable {
  id: Generated<string>;
  unit_id: string;
  name: string;
  valid_from: DateText;
  reorganisation_id: string | null;
  /** The name folded for search, computed by the database (migration 0030). */
  folded_name: Generated<string>;
}

/** Sign-in throttling counters shared by every replica (migration 0011). */
export interface SignInThrottleTable {
  key: string;
  failures: number;
  last_at: ColumnType<Date, Date, Date>;
  alerted_at: Generated<number>;
  addresses: Generated<string[]>;
}

export interface OfficialReportTable {
  id: Generated<string>;
  unit_id: string;
  kind: 'annual' | 'midterm' | 'final';
  year: number;
  period_end: DateText;
  number: string;
  issued_on: DateText;
  inputs: Json<Record<string, unknown>>;
  file_name: string;
  data: Uint8Array;
  size_bytes: number;
  created_by: string;
  created_at: DefaultTimestamp;
}

/** A thread's entry on a report or story (migration 0021): who, when, with which action. */
export interface CommentTable {
  id: Generated<string>;
  subject: 'report' | 'story';
  subject_id: string;
  unit_id: string;
  author_id: string | null;
  action:
    | 'comment'
    | 'approve'
    | 'return'
    | 'reopen'
    | 'submit'
    | 'publish'
    | 'unpublish'
    | 'earlier';
  body: string;
  created_at: DefaultTimestamp;
  seq: Generated<string>;
}

export interface Database extends GivingTables, RegistrationTables, NoticeTables, FacebookTables {
  units: UnitTable;
  unit_links: UnitLinkTable;
  unit_ancestors: UnitAncestorTable;
  unit_tenants: UnitTenantTable;
  plan_adoptions: PlanAdoptionTable;
  unit_successors: UnitSuccessorTable;
  users: UserTable;
  sessions: SessionTable;
  reports: ReportTable;
  report_files: ReportFileTable;
  code_of_conduct_sessions: CodeOfConductSessionTable;
  communication_staff: CommunicationStaffTable;
  facebook_pages: FacebookPageTable;
  training_courses: TrainingCourseTable;
  campaigns: CampaignTable;
  campaign_participations: CampaignParticipationTable;
  publications: PublicationTable;
  app_milestones: AppMilestoneTable;
  stories: StoryTable;
  comments: CommentTable;
  ambassadors: AmbassadorTable;
  ambassador_units: AmbassadorUnitTable;
  ambassador_appearances: AmbassadorAppearanceTable;
  ambassador_consents: AmbassadorConsentTable;
  publication_files: PublicationFileTable;
  deadline_submissions: DeadlineSubmissionTable;
  plan_amendments: PlanAmendmentTable;
  reorganisations: ReorganisationTable;
  unit_names: UnitNameTable;
  official_reports: OfficialReportTable;
  audit_head: AuditHeadTable;
  audit_event: AuditEventTable;
  audit_seal: AuditSealTable;
  audit_pending: AuditPendingTable;
  sign_in_throttle: SignInThrottleTable;
}

export type Unit = Selectable<UnitTable>;
export type User = Selectable<UserTable>;
export type Report = Selectable<ReportTable>;
export type NewReport = Insertable<ReportTable>;
export type AuditEvent = Selectable<AuditEventTable>;
