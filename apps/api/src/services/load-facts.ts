// Reads the facts the compliance engine needs, as the domain's Fact shapes. One query per
// table; the engine filters by unit and period in memory, which stays fast at 10,000 units.
// With `unitIds`, only those units' facts (each table's unit_id index) plus every campaign,
// which belongs to no unit, in one statement: what the public surface needs to judge one
// unit on a cache miss.
import type { Fact, IndicatorCode, IsoDate, UnitKind } from '@lantoa/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/schema.js';

export interface LoadFactsFilter {
  /** Only the facts of these units (and every campaign). Default: every unit's. */
  unitIds?: readonly string[] | undefined;
  /** Only the reports of these periods (the matrix judges one period per indicator). */
  periodKeys?: readonly string[] | undefined;
  /** The day judged: of each page's Facebook checks, only the latest on or before it is
   *  read (the rule would pick no other). Default: every check, for any day. */
  asOf?: IsoDate | undefined;
}

/** The units as one array parameter, not one parameter each: a chunk of 1,000 units over
 *  eight tables would send 8,000 parameters for PostgreSQL to parse and plan (the national
 *  overview judges 3,300 units a request). An empty array matches nothing. */
const ofUnits =
  (ids: readonly string[], column: 'unit_id' | 'k.unit_id' = 'unit_id') =>
  // biome-ignore lint/suspicious/noExplicitAny: every fact table has the column
  (eb: ExpressionBuilder<any, any>) =>
    eb(column, '=', eb.fn.any(eb.val([...ids])));

function factQueries(db: Kysely<Database>, filter: LoadFactsFilter) {
  const { unitIds, periodKeys } = filter;
  const isFiltered = unitIds !== undefined;
  const ids = unitIds ?? [];
  return {
    reports: db
      .selectFrom('reports')
      .select(['unit_id', 'indicator', 'period_key', 'status', 'claims_met', 'updated_at'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids)))
      .$if(periodKeys !== undefined, (qb) =>
        qb.where('period_key', 'in', periodKeys?.length ? [...periodKeys] : ['']),
      ),
    sessions: db
      .selectFrom('code_of_conduct_sessions')
      .select(['unit_id', 'held_on'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
    staff: db
      .selectFrom('communication_staff')
      .select(['unit_id', 'name', 'has_smartphone_skill', 'since', 'until'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
    pages: db
      .selectFrom('facebook_pages')
      .select([
        'id as page_id',
        'unit_id',
        'url',
        'name',
        'is_fanpage',
        'created_on',
        'last_post_on',
        'recent_post_count',
        'last_checked_on',
      ])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
    checks: pageChecks(db, filter),
    courses: db
      .selectFrom('training_courses')
      .select(['unit_id', 'held_on', 'title'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
    campaigns: db
      .selectFrom('campaigns')
      .select(['id', 'title', 'organiser', 'starts_on', 'ends_on', 'target_kinds']),
    joins: db
      .selectFrom('campaign_participations')
      .select(['campaign_id', 'unit_id', 'participated_on'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
    publications: db
      .selectFrom('publications')
      .select(['unit_id', 'published_on', 'series', 'title'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
    milestones: db
      .selectFrom('app_milestones')
      .select(['unit_id', 'milestone', 'reached_on'])
      .$if(isFiltered, (qb) => qb.where(ofUnits(ids))),
  };
}

/** Successful Facebook checks (decision 29), with the page record's url and first day,
 *  named as the page record's columns so that one mapper reads both. */
function pageChecks(db: Kysely<Database>, filter: LoadFactsFilter) {
  const { unitIds, asOf } = filter;
  return db
    .selectFrom('facebook_page_checks as k')
    .innerJoin('facebook_pages as p', 'p.id', 'k.facebook_page_id')
    .select([
      'k.facebook_page_id as page_id',
      'k.unit_id',
      'p.url',
      'p.created_on',
      'k.name',
      'k.category',
      'k.verification_status',
      'k.follower_count',
      'k.recent_post_count',
      'k.last_post_on',
      'k.checked_on as last_checked_on',
    ])
    .where('k.outcome', '=', 'ok')
    .$if(unitIds !== undefined, (qb) => qb.where(ofUnits(unitIds ?? [], 'k.unit_id')))
    .$if(asOf !== undefined, (qb) =>
      qb
        .where('k.checked_on', '<=', asOf as IsoDate)
        .distinctOn('k.facebook_page_id')
        .orderBy('k.facebook_page_id')
        .orderBy('k.checked_on', 'desc'),
    );
}

type FacebookPageFact = Extract<Fact, { type: 'facebook_page' }>;

/** The columns an entered page and a daily check share (see pageChecks). */
interface FacebookPageRow {
  page_id: string;
  unit_id: string;
  url: string;
  name: string | null;
  created_on: IsoDate;
  last_post_on: IsoDate | null;
  recent_post_count: number | null;
  last_checked_on: IsoDate;
}

/** One observation of a page, entered by hand or read from Facebook. */
function facebookPageFact(
  row: FacebookPageRow,
  seen: Pick<FacebookPageFact, 'isFanpage' | 'source'> &
    Partial<Pick<FacebookPageFact, 'category' | 'verificationStatus' | 'followerCount'>>,
): FacebookPageFact {
  return {
    type: 'facebook_page',
    unitId: row.unit_id,
    url: row.url,
    // Ok checks always have a name and a count (a CHECK constraint says so); entered
    // pages have them by the column's NOT NULL.
    name: row.name ?? '',
    createdOn: row.created_on,
    lastPostOn: row.last_post_on,
    recentPostCount: row.recent_post_count ?? 0,
    lastCheckedOn: row.last_checked_on,
    pageId: row.page_id,
    ...seen,
  };
}

/** Up to this many units, one JSON statement; above it (a matrix chunk), a query per table on
 *  the pool's connections at once: building and parsing JSON doubled a 1,000-unit chunk's
 *  time, and separate statements let PostgreSQL use more than one core. */
const FEW_UNITS = 50;

async function readRows(db: Kysely<Database>, filter: LoadFactsFilter) {
  const q = factQueries(db, filter);
  if (filter.unitIds && filter.unitIds.length <= FEW_UNITS) {
    // A few units' rows are few: one statement, one round trip (a public cache miss).
    // JSON gives timestamps as ISO strings; the conversion below reads both.
    return db
      .selectNoFrom([
        jsonArrayFrom(q.reports).as('reports'),
        jsonArrayFrom(q.sessions).as('sessions'),
        jsonArrayFrom(q.staff).as('staff'),
        jsonArrayFrom(q.pages).as('pages'),
        jsonArrayFrom(q.checks).as('checks'),
        jsonArrayFrom(q.courses).as('courses'),
        jsonArrayFrom(q.campaigns).as('campaigns'),
        jsonArrayFrom(q.joins).as('joins'),
        jsonArrayFrom(q.publications).as('publications'),
        jsonArrayFrom(q.milestones).as('milestones'),
      ])
      .executeTakeFirstOrThrow();
  }
  const [
    reports,
    sessions,
    staff,
    pages,
    checks,
    courses,
    campaigns,
    joins,
    publications,
    milestones,
  ] = await Promise.all([
    q.reports.execute(),
    q.sessions.execute(),
    q.staff.execute(),
    q.pages.execute(),
    q.checks.execute(),
    q.courses.execute(),
    q.campaigns.execute(),
    q.joins.execute(),
    q.publications.execute(),
    q.milestones.execute(),
  ]);
  return {
    reports,
    sessions,
    staff,
    pages,
    checks,
    courses,
    campaigns,
    joins,
    publications,
    milestones,
  };
}

export async function loadFacts(
  db: Kysely<Database>,
  filter: LoadFactsFilter = {},
): Promise<Fact[]> {
  const {
    reports,
    sessions,
    staff,
    pages,
    checks,
    courses,
    campaigns,
    joins,
    publications,
    milestones,
  } = await readRows(db, filter);
  const facts: Fact[] = [];
  for (const r of reports) {
    facts.push({
      type: 'report',
      unitId: r.unit_id,
      indicator: r.indicator as IndicatorCode,
      periodKey: r.period_key,
      status: r.status,
      claimsMet: r.claims_met,
      updatedAt: new Date(r.updated_at).toISOString(),
    });
  }
  for (const s of sessions)
    facts.push({ type: 'code_of_conduct_session', unitId: s.unit_id, heldOn: s.held_on });
  for (const s of staff) {
    facts.push({
      type: 'communication_staff',
      unitId: s.unit_id,
      name: s.name,
      hasSmartphoneSkill: s.has_smartphone_skill,
      since: s.since,
      until: s.until,
    });
  }
  for (const p of pages)
    facts.push(facebookPageFact(p, { isFanpage: p.is_fanpage, source: 'manual' }));
  for (const k of checks) {
    facts.push(
      facebookPageFact(k, {
        // Only Pages have Page access tokens: a connected page is a Fanpage.
        isFanpage: true,
        source: 'facebook',
        category: k.category,
        verificationStatus: k.verification_status,
        followerCount: k.follower_count,
      }),
    );
  }
  for (const c of courses)
    facts.push({ type: 'training_course', unitId: c.unit_id, heldOn: c.held_on, title: c.title });
  for (const c of campaigns) {
    facts.push({
      type: 'campaign',
      campaignId: c.id,
      title: c.title,
      organiser: c.organiser,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
      targetKinds: c.target_kinds as UnitKind[],
    });
  }
  for (const j of joins) {
    facts.push({
      type: 'campaign_participation',
      campaignId: j.campaign_id,
      unitId: j.unit_id,
      participatedOn: j.participated_on,
    });
  }
  for (const p of publications) {
    facts.push({
      type: 'publication',
      unitId: p.unit_id,
      publishedOn: p.published_on,
      series: p.series,
      title: p.title,
    });
  }
  for (const m of milestones)
    facts.push({
      type: 'app_milestone',
      unitId: m.unit_id,
      milestone: m.milestone,
      reachedOn: m.reached_on,
    });
  return facts;
}
