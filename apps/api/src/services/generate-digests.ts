// The weekly digest: on Monday from 07:30 Vietnam time, one notice per user who wants it,
// listing everything still open (overdue, or due within two weeks) in their scope. Not
// written when nothing is open. Users who share a role and unit share one evaluation.
import { type Bilingual, digestText, digestWeekOf, todayInVietnam } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { getScope } from '../access/get-scope.js';
import { readableUnits } from '../access/readable-units.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { enqueueNotices, type NewNotice } from './enqueue-notices.js';
import { getDeadlines } from './get-deadlines.js';

const MAX_LINES = 20;

export async function generateDigests(db: Kysely<Database>, now: Date): Promise<number> {
  const weekOf = digestWeekOf(now);
  if (!weekOf) return 0;
  const today = todayInVietnam(now);
  const users = await db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .leftJoin('notice_preferences as p', 'p.user_id', 'u.id')
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.unit_id',
      'u.version',
      'un.code',
      'un.name as unitName',
    ])
    .where('u.is_disabled', '=', false)
    .where(sql<boolean>`coalesce(p.digest, true)`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notices as n')
            .select('n.id')
            .whereRef('n.recipient_id', '=', 'u.id')
            .where('n.kind', '=', 'digest')
            .where('n.period_key', '=', weekOf),
        ),
      ),
    )
    .execute();
  const groups = new Map<string, typeof users>();
  for (const u of users) {
    const key = `${u.role}|${u.unit_id}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  const notices: NewNotice[] = [];
  for (const members of groups.values()) {
    const first = members[0];
    if (!first) continue;
    const lines = await openItems(db, toSessionUser(first), today);
    if (lines.length === 0) continue;
    const text = digestText({ weekOf, lines });
    for (const u of members) {
      notices.push({
        recipientId: u.id,
        kind: 'digest',
        subjectKey: 'digest',
        periodKey: weekOf,
        unitId: null,
        text,
        link: '/deadlines',
      });
    }
  }
  return db.transaction().execute((trx) => enqueueNotices(trx, notices, now));
}

async function openItems(db: Kysely<Database>, user: SessionUser, today: string) {
  const scope = await getScope(db, user, today);
  const items = await getDeadlines(db, readableUnits(db, scope), scope.homeUnitId, {
    asOf: today,
    horizonDays: 14,
  }).catch(() => []);
  const lines: Bilingual[] = items.slice(0, MAX_LINES).map((i) => ({
    vi: `${i.state === 'overdue' ? 'Quá hạn' : 'Sắp đến hạn'} — ${i.label.vi}`,
    en: `${i.state === 'overdue' ? 'Overdue' : 'Due soon'} — ${i.label.en}`,
  }));
  if (items.length > MAX_LINES) {
    const more = items.length - MAX_LINES;
    lines.push({ vi: `… và ${more} việc khác`, en: `… and ${more} more` });
  }
  return lines;
}

function toSessionUser(u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  unit_id: string;
  version: number;
  code: string;
  unitName: string;
}): SessionUser {
  return {
    sessionId: 'digest',
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    unitId: u.unit_id,
    unitCode: u.code,
    unitName: u.unitName,
    version: u.version,
  };
}
