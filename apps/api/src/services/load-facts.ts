// Reads the facts the compliance engine needs, as the domain's Fact shapes. One query per
// table; the engine filters by unit and period in memory, which stays fast at 10,000 units.
// With `unitIds`, only those units' facts (each table's unit_id index) plus every campaign,
// which belongs to no unit: what the public surface needs to judge one unit on a miss.
import type { Fact, IndicatorCode, UnitKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface LoadFactsFilter {
  /** Only the facts of these units (and every campaign). Default: every unit's. */
  unitIds?: readonly string[] | undefined;
}

/** `IN ()` is not SQL: an empty filter matches the nil UUID, which no unit has. */
const NO_UNIT = ['00000000-0000-0000-0000-000000000000'];

export async function loadFacts(
  db: Kysely<Database>,
  filter: LoadFactsFilter = {},
): Promise<Fact[]> {
  const isFiltered = filter.unitIds !== undefined;
  const ids = filter.unitIds?.length ? filter.unitIds : NO_UNIT;
  const [reports, sessions, staff, pages, courses, campaigns, joins, publications, milestones] =
    await Promise.all([
      db
        .selectFrom('reports')
        .select(['unit_id', 'indicator', 'period_key', 'status', 'claims_met', 'updated_at'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db
        .selectFrom('code_of_conduct_sessions')
        .select(['unit_id', 'held_on'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db
        .selectFrom('communication_staff')
        .select(['unit_id', 'name', 'has_smartphone_skill', 'since', 'until'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db
        .selectFrom('facebook_pages')
        .selectAll()
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db
        .selectFrom('training_courses')
        .select(['unit_id', 'held_on', 'title'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db.selectFrom('campaigns').selectAll().execute(),
      db
        .selectFrom('campaign_participations')
        .select(['campaign_id', 'unit_id', 'participated_on'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db
        .selectFrom('publications')
        .select(['unit_id', 'published_on', 'series', 'title'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
      db
        .selectFrom('app_milestones')
        .select(['unit_id', 'milestone', 'reached_on'])
        .$if(isFiltered, (qb) => qb.where('unit_id', 'in', ids))
        .execute(),
    ]);
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
  for (const p of pages) {
    facts.push({
      type: 'facebook_page',
      unitId: p.unit_id,
      url: p.url,
      name: p.name,
      isFanpage: p.is_fanpage,
      createdOn: p.created_on,
      lastPostOn: p.last_post_on,
      recentPostCount: p.recent_post_count,
      lastCheckedOn: p.last_checked_on,
    });
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
