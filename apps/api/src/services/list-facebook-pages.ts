// A unit's Facebook page records with what Facebook said of them: the connection (never
// its token), the latest successful check on or before the day asked about, and the
// latest failure, so the unit page shows which facts came from Facebook and when.
import type { IsoDate } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Readable } from '../access/readable-units.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';

export async function listFacebookPages(
  db: Kysely<Database>,
  readable: Readable,
  input: { unitId: string; asOf: IsoDate; isConfigured: boolean },
) {
  const { unitId, asOf } = input;
  if (!(await readable([unitId])).has(unitId))
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  const pages = await db
    .selectFrom('facebook_pages as p')
    .leftJoin('facebook_connections as c', 'c.facebook_page_id', 'p.id')
    .leftJoin('users as u', 'u.id', 'c.connected_by')
    .select([
      'p.id',
      'p.url',
      'p.name',
      'c.id as connectionId',
      'c.status',
      'c.version',
      'c.graph_page_id as graphPageId',
      'c.connected_at as connectedAt',
      'u.name as connectedByName',
      'c.next_check_at as nextCheckAt',
    ])
    .where('p.unit_id', '=', unitId)
    .where('p.created_on', '<=', asOf)
    .orderBy('p.created_at', 'desc')
    .limit(100)
    .execute();
  const ids = pages.map((p) => p.id);
  const checkColumns = [
    'facebook_page_id',
    'checked_on as checkedOn',
    'checked_at as checkedAt',
    'outcome',
    'name',
    'category',
    'verification_status as verificationStatus',
    'follower_count as followerCount',
    'window_days as windowDays',
    'recent_post_count as recentPostCount',
    'last_post_on as lastPostOn',
    'error_code as errorCode',
    'error_message as errorMessage',
  ] as const;
  const [lastGood, lastFailure] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('facebook_page_checks')
            .select(checkColumns)
            .distinctOn('facebook_page_id')
            .where('facebook_page_id', 'in', ids)
            .where('outcome', '=', 'ok')
            .where('checked_on', '<=', asOf)
            .orderBy('facebook_page_id')
            .orderBy('checked_on', 'desc')
            .execute(),
          db
            .selectFrom('facebook_page_checks')
            .select(checkColumns)
            .distinctOn('facebook_page_id')
            .where('facebook_page_id', 'in', ids)
            .where('outcome', '!=', 'ok')
            .where('checked_on', '<=', asOf)
            .orderBy('facebook_page_id')
            .orderBy('checked_at', 'desc')
            .execute(),
        ]);
  const iso = (d: Date | string) => new Date(d).toISOString();
  const check = (row: (typeof lastGood)[number] | undefined) => {
    if (!row) return null;
    const { facebook_page_id: _page, checkedAt, ...rest } = row;
    return { ...rest, checkedAt: iso(checkedAt) };
  };
  return {
    isConfigured: input.isConfigured,
    pages: pages.map((p) => {
      const good = check(lastGood.find((c) => c.facebook_page_id === p.id));
      const failure = check(lastFailure.find((c) => c.facebook_page_id === p.id));
      return {
        id: p.id,
        url: p.url,
        name: p.name,
        connection:
          p.connectionId && p.status && p.version !== null && p.connectedAt
            ? {
                status: p.status,
                version: p.version,
                graphPageId: p.graphPageId,
                connectedAt: iso(p.connectedAt),
                connectedByName: p.connectedByName,
                nextCheckAt: p.nextCheckAt ? iso(p.nextCheckAt) : null,
              }
            : null,
        lastCheck: good,
        // A failure older than the last success is history, not the page's state.
        lastFailure: failure && (!good || failure.checkedAt > good.checkedAt) ? failure : null,
      };
    }),
  };
}
