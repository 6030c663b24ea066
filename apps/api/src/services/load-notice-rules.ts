// The đôn đốc rules in force for a province: its administrators' changes, or the defaults.
import { DEFAULT_NOTICE_RULES, type NoticeRules, ZNoticeRules } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export async function loadNoticeRules(
  db: Kysely<Database>,
  provinceId: string,
): Promise<{ rules: NoticeRules; version: number }> {
  const row = await db
    .selectFrom('notice_settings')
    .select(['rules', 'version'])
    .where('province_id', '=', provinceId)
    .executeTakeFirst();
  const parsed = row ? ZNoticeRules.safeParse(row.rules) : null;
  return parsed?.success
    ? { rules: parsed.data, version: row?.version ?? 0 }
    : { rules: DEFAULT_NOTICE_RULES, version: row?.version ?? 0 };
}
