// Generates national data into a Lan Tỏa database on PostgreSQL (issue 11): provinces of
// 100 commune-level chapters with 9 grassroots units each (1,001 units a province), and a
// year of facts for them: reports on every indicator for each chapter and on two for each
// grassroots unit (approved, submitted, draft or returned by a fixed hash), code-of-conduct
// sessions, training courses and communication staff. Units are marked as samples.
// The ancestor triggers are paused during the bulk insert and the closure rebuilt once for
// the new units: the same function the triggers call, so the table ends as they would leave it.
const COMMUNES = 100;
const GRASSROOTS = 9;
const OPENED = '2022-01-01';

/** The period key each indicator is judged on in `year` (as compliance.matrix picks it). */
export function periodKeysFor(indicators, year) {
  return indicators.map((i) => {
    if (i.schedule.kind === 'yearly') return [i.code, String(year)];
    if (i.schedule.kind === 'term')
      return [i.code, `${i.schedule.from.slice(0, 4)}-${i.schedule.to.slice(0, 4)}`];
    return [i.code, `by-${i.schedule.due.slice(0, 4)}`];
  });
}

/** Adds provinces numbered [from, to) with their units and a year of facts. */
export async function addProvinces(client, { from, to, authorId, periods, year }) {
  const p = (n) => `np-${String(n).padStart(2, '0')}`;
  await client.query('BEGIN');
  await client.query('ALTER TABLE units DISABLE TRIGGER units_keep_ancestors');
  await client.query('ALTER TABLE unit_links DISABLE TRIGGER unit_links_keep_ancestors');
  await client.query(
    `INSERT INTO units (code, name, kind, opened_on, is_sample)
     SELECT 'np-' || lpad(n::text, 2, '0'), 'Hội Chữ thập đỏ tỉnh Mẫu ' || n, 'province', $3, true
     FROM generate_series($1::int, $2::int - 1) n`,
    [from, to, OPENED],
  );
  await client.query(
    `INSERT INTO units (code, name, kind, opened_on, is_sample)
     SELECT 'np-' || lpad(n::text, 2, '0') || '-c' || lpad(c::text, 3, '0'),
       'Hội CTĐ xã Mẫu ' || c || ' (tỉnh ' || n || ')', 'commune', $3, true
     FROM generate_series($1::int, $2::int - 1) n, generate_series(1, ${COMMUNES}) c`,
    [from, to, OPENED],
  );
  await client.query(
    `INSERT INTO units (code, name, kind, opened_on, is_sample)
     SELECT u.code || '-g' || g, 'Chi hội Mẫu ' || g || ', ' || u.name, 'grassroots', $1, true
     FROM units u, generate_series(1, ${GRASSROOTS}) g
     WHERE u.kind = 'commune' AND u.code >= $2 AND u.code < $3`,
    [OPENED, p(from), p(to)],
  );
  // Each unit's parent is its code without the last segment.
  await client.query(
    `INSERT INTO unit_links (unit_id, parent_id, valid_from)
     SELECT c.id, parent.id, $1 FROM units c
     JOIN units parent ON parent.code = regexp_replace(c.code, '-[^-]+$', '')
     WHERE c.code >= $2 AND c.code < $3 AND c.kind <> 'province'`,
    [OPENED, p(from), p(to)],
  );
  await client.query(
    `SELECT refresh_unit_ancestors(ARRAY(SELECT id FROM units WHERE code >= $1 AND code < $2))`,
    [p(from), p(to)],
  );
  await client.query('ALTER TABLE units ENABLE TRIGGER units_keep_ancestors');
  await client.query('ALTER TABLE unit_links ENABLE TRIGGER unit_links_keep_ancestors');
  const inRange = `u.code >= '${p(from)}' AND u.code < '${p(to)}'`;
  const statuses = `(ARRAY['approved','approved','submitted','draft','returned'])[1 + abs(hashtext(u.id::text || ind)) % 5]`;
  await client.query(
    `INSERT INTO reports (unit_id, indicator, period_key, status, claims_met, created_by, updated_by,
       submitted_at, updated_at)
     SELECT u.id, ind, per, ${statuses}, true, $1, $1, $3::date, $3::date
     FROM units u, unnest($2::text[], $4::text[]) AS x(ind, per)
     WHERE ${inRange} AND (u.kind = 'commune' OR (u.kind = 'grassroots' AND ind IN ('CT-01','CT-02')))`,
    [authorId, periods.map(([c]) => c), `${year}-03-15`, periods.map(([, k]) => k)],
  );
  await client.query(
    `INSERT INTO code_of_conduct_sessions (unit_id, held_on, title, participants)
     SELECT u.id, $1::date + (abs(hashtext(u.id::text)) % 300), 'Phổ biến Bộ Quy tắc ứng xử', 30
     FROM units u WHERE ${inRange} AND u.kind IN ('commune', 'grassroots')
       AND abs(hashtext(u.code)) % 3 > 0`,
    [`${year}-01-05`],
  );
  await client.query(
    `INSERT INTO training_courses (unit_id, held_on, title, participants)
     SELECT u.id, $1::date + (abs(hashtext(u.id::text)) % 300), 'Tập huấn truyền thông', 25
     FROM units u WHERE ${inRange} AND u.kind IN ('province', 'commune')`,
    [`${year}-01-10`],
  );
  await client.query(
    `INSERT INTO communication_staff (unit_id, name, has_smartphone_skill, since)
     SELECT u.id, 'Cán bộ truyền thông ' || u.code, abs(hashtext(u.code)) % 2 = 0, $1
     FROM units u WHERE ${inRange} AND u.kind IN ('province', 'commune')`,
    [OPENED],
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');
}
