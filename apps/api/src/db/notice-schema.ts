// Kysely's view of the notices tables (migration 0014), beside schema.ts to keep it short.
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
type Json<T> = ColumnType<T, string, string>;
export type BilingualJson = Json<{ vi: string; en: string }>;

export type NoticeKindColumn =
  | 'due_soon'
  | 'overdue'
  | 'escalation'
  | 'review_waiting'
  | 'returned'
  | 'digest';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';
export type Channel = 'email' | 'zalo';

export interface NoticeTable {
  id: Generated<string>;
  recipient_id: string;
  kind: NoticeKindColumn;
  subject_key: string;
  period_key: string;
  unit_id: string | null;
  title: BilingualJson;
  body: BilingualJson;
  link: string;
  created_at: DefaultTimestamp;
  read_at: NullableTimestamp;
}

export interface NoticeDeliveryTable {
  id: Generated<string>;
  notice_id: string;
  channel: Channel;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  not_before: ColumnType<Date, Date | string, Date | string>;
  lease_until: NullableTimestamp;
  last_error: string | null;
  sent_at: NullableTimestamp;
  created_at: DefaultTimestamp;
}

export interface NoticePreferenceTable {
  user_id: string;
  lang: Generated<'vi' | 'en'>;
  email: Generated<boolean>;
  zalo: Generated<boolean>;
  zalo_user_id: Generated<string>;
  quiet_start: Generated<number>;
  quiet_end: Generated<number>;
  digest: Generated<boolean>;
  version: Generated<number>;
  updated_at: DefaultTimestamp;
}

export interface NoticeSettingTable {
  province_id: string;
  rules: Json<unknown>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface DemoOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: Json<Record<string, string>>;
  created_at: DefaultTimestamp;
}

export interface PasswordTokenTable {
  id: Generated<string>;
  user_id: string;
  purpose: 'reset' | 'invite';
  token_hash: string;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  used_at: NullableTimestamp;
  created_at: DefaultTimestamp;
}

export interface AppSecretTable {
  name: string;
  secret: string;
}

/** Which process runs a scheduled job, and until when (migration 0029, decision 35). */
export interface SchedulerLeaseTable {
  job: string;
  holder: string;
  held_until: ColumnType<Date, Date | string, Date | string>;
}

export interface NoticeTables {
  notices: NoticeTable;
  notice_deliveries: NoticeDeliveryTable;
  notice_preferences: NoticePreferenceTable;
  notice_settings: NoticeSettingTable;
  demo_outbox: DemoOutboxTable;
  password_tokens: PasswordTokenTable;
  app_secrets: AppSecretTable;
  scheduler_leases: SchedulerLeaseTable;
}
