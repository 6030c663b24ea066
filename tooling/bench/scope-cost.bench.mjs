// Budget check for the per-request session and scope check (issue 11, decision 20): a
// trivial signed-in tRPC query (plan.amendments, as the province administrator, whose
// scope once loaded every unit) with the demo's few dozen units, then with 1,000, 10,000
// and 33,000 units added under the demo's districts, same server, same run, on
// PostgreSQL. Budget: with 33,000 units, >= 90% of the requests/s with the demo's units.
// Units are added straight in SQL (the ancestor and tenant triggers run as for any
// insert). BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS change the defaults (10 s, 2
// rounds per size, 20 connections). Run:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:scope
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, freshDatabase, signIn, startApi, stop } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SIZES = [1_000, 10_000, 33_000];
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const databaseUrl = await freshDatabase(ADMIN_URL, 'lantoa_bench_scope');
const port = await freePort();
const api = await startApi(port, { databaseUrl });
const base = `http://127.0.0.1:${port}`;
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();

/** Adds grassroots units spread over the demo's districts until `total` units exist. */
async function growTo(total) {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM units');
  const missing = total - rows[0].n;
  if (missing <= 0) return;
  await db.query(
    `WITH d AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n
                FROM units WHERE kind = 'district'),
          made AS (
            INSERT INTO units (code, name, kind, opened_on, is_sample)
            SELECT 'bench-' || g || '-' || $2, 'Chi hội (bench) ' || g, 'grassroots', '2022-01-01', true
            FROM generate_series(1, $1) g RETURNING id, code)
     INSERT INTO unit_links (unit_id, parent_id, valid_from)
     SELECT made.id, d.id, '2022-01-01' FROM made
     JOIN d ON d.i = (split_part(made.code, '-', 2)::int % d.n)`,
    [missing, total],
  );
}

async function measure(cookie) {
  const rps = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = await autocannon({
      url: `${base}/trpc/plan.amendments`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie },
    });
    if (r.errors + r.timeouts + r.non2xx > 0) throw new Error('errors during the run');
    rps.push(r.requests.average);
  }
  return Math.max(...rps);
}

try {
  const cookie = await signIn(base, 'admin@demo.lantoa.vn');
  await autocannon({ url: `${base}/trpc/plan.amendments`, duration: 2, headers: { cookie } });
  const { rows } = await db.query('SELECT count(*)::int AS n FROM units');
  console.log(
    `PostgreSQL, ${CONNECTIONS} connections, best of ${ROUNDS} × ${SECONDS} s, ${os.cpus().length} cores, Node ${process.version}`,
  );
  const baseline = await measure(cookie);
  console.log(`${String(rows[0].n).padStart(6)} units: ${baseline.toFixed(0)} req/s (baseline)`);
  for (const size of SIZES) {
    const started = performance.now();
    await growTo(size);
    const grew = ((performance.now() - started) / 1000).toFixed(1);
    const rps = await measure(cookie);
    const ratio = ((100 * rps) / baseline).toFixed(0);
    console.log(
      `${String(size).padStart(6)} units: ${rps.toFixed(0)} req/s, ${ratio}% of baseline (units added in ${grew} s)`,
    );
  }
} finally {
  await db.end();
  await stop(api);
}
