// Table types of online giving (migration 0017): appeals, pledges, disbursements and the
// public forms' shared rate-limit counters. bigint comes back as a string from pg and may
// come back as a number or bigint from PGlite: readers pass amounts through toAmount().
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
type Bigint = ColumnType<string | number | bigint, number, number>;

export interface AppealTable {
  id: Generated<string>;
  unit_id: string;
  code: string;
  title: string;
  story: string;
  target_amount: Bigint;
  starts_on: string;
  ends_on: string;
  bank_bin: string;
  account_number: string;
  account_name: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PledgeTable {
  id: Generated<string>;
  appeal_id: string;
  reference: string;
  amount: ColumnType<string | number | bigint | null, number | null, number | null>;
  /** null: the giver chose to stay anonymous. */
  display_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  consent_version: string;
  consented_at: Timestamp;
  received_amount: ColumnType<string | number | bigint | null, number | null, number | null>;
  received_on: string | null;
  received_by: string | null;
  erased_at: NullableTimestamp;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface DisbursementTable {
  id: Generated<string>;
  appeal_id: string;
  spent_on: string;
  recipient_group: string;
  amount: Bigint;
  evidence_url: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PublicRateLimitTable {
  bucket: string;
  window_start: Date | string;
  hits: Generated<number>;
}

export interface GivingTables {
  appeals: AppealTable;
  pledges: PledgeTable;
  disbursements: DisbursementTable;
  public_rate_limits: PublicRateLimitTable;
}

/** An amount column as a JavaScript number (whole đồng stay exact below 2^53). */
export function toAmount(value: string | number | bigint | null): number | null {
  return value === null ? null : Number(value);
}

/** Registration drives and their registrations (migration 0022, decision 28). */
export interface RegistrationDriveTable {
  id: Generated<string>;
  unit_id: string;
  code: string;
  kind: 'volunteer' | 'blood-donation' | 'event';
  title: string;
  description: ColumnType<string, string | undefined, string>;
  starts_on: string;
  ends_on: string;
  place: string;
  capacity: number | null;
  is_open: boolean;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface RegistrationTable {
  id: Generated<string>;
  drive_id: string;
  /** null once erased. */
  display_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  consent_version: string;
  consented_at: Timestamp;
  erased_at: NullableTimestamp;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface RegistrationTables {
  registration_drives: RegistrationDriveTable;
  registrations: RegistrationTable;
}
