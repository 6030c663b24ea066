// Tables of Facebook pages checked for real (migration 0023, decision 29).
import type { FacebookCheckOutcome, FacebookConnectionStatus } from '@lantoa/domain';
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface FacebookConnectionTable {
  id: Generated<string>;
  facebook_page_id: string;
  unit_id: string;
  graph_page_id: string;
  /** AES-256-GCM of the Page access token (token-cipher.ts); never selected for an answer. */
  token_ciphertext: string;
  /** Which key encrypted it: a changed key is told apart from a tampered row. */
  token_key_id: string;
  status: ColumnType<FacebookConnectionStatus, FacebookConnectionStatus | undefined>;
  next_check_at: DefaultTimestamp;
  /** Consecutive retryable failures (rate limit, network): the backoff doubles with them. */
  retries: Generated<number>;
  connected_by: string;
  connected_at: DefaultTimestamp;
  version: Generated<number>;
  updated_at: DefaultTimestamp;
}

export interface FacebookPageCheckTable {
  id: Generated<string>;
  facebook_page_id: string;
  unit_id: string;
  /** The Vietnam day of the check: the date its facts hold from. */
  checked_on: string;
  checked_at: Timestamp;
  outcome: FacebookCheckOutcome;
  graph_page_id: string | null;
  name: string | null;
  category: string | null;
  verification_status: string | null;
  follower_count: number | null;
  window_days: number | null;
  recent_post_count: number | null;
  last_post_on: string | null;
  error_code: number | null;
  error_message: string | null;
}

export interface FacebookTables {
  facebook_connections: FacebookConnectionTable;
  facebook_page_checks: FacebookPageCheckTable;
}
