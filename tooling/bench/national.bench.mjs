// National scale (issue 11; docs/benchmarks.md): the demo on PostgreSQL, then generated
// provinces (national-data.mjs) in three steps, to about 1,000, 10,000 and 33,000 units
// (34 provinces, 3,300 commune-level chapters, 29,700 grassroots units at the end). After
// each step, in the same run and against the same server:
// - a trivial tRPC query (plan.get) in requests/s, against its figure on the demo alone;
// - reports.save (a demo cadre, one statement) in requests/s, against the trivial query;
// - a province's matrix level (100 chapters; 50 a page), p50/p99 and bytes on the wire (br);
// - the national overview (compliance.overview): the 34 provinces with their roll-ups, as
//   kept (decision 37), with nothing kept, and just after a save in one province;
// - a province's first tree level (units.children) and a unit page (compliance.unit), p50.
// BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 20) change the load. Run:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:national
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  currentVersion,
  freePort,
  freshDatabase,
  JSON_HEADERS,
  reportSlots,
  signIn,
  startApi,
  stop,
  trpcGet,
} from './lib.mjs';
import { addProvinces, periodKeysFor } from './national-data.mjs';
import { saveLoad } from './save-load.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const YEAR = 2026;
const STEPS = [1, 10, 33];
const BUDGET = { matrixP50: 100, matrixP99: 300, matrixBytes: 200 * 1024, overviewP50: 300 };

const input = (value) => encodeURIComponent(JSON.stringify(value));

/** Bytes of the body as sent (accept-encoding: br), not as decoded. */
function wireBytes(url, cookie) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie, 'accept-encoding': 'br' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

const DB = 'lantoa_bench_national';
let apiPid = 0;

/** CPU seconds so far of the API process and of the PostgreSQL backends serving this
 *  database (by their process titles): a request's cost, less blurred by a busy machine
 *  than its latency (Linux /proc only). */
function cpuSeconds() {
  const used = { api: 0, postgres: 0 };
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      if (Number(pid) === apiPid) used.api += seconds;
      else if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(DB))
        used.postgres += seconds;
    } catch {
      // The process ended meanwhile.
    }
  }
  return used;
}

/** Latency of one kind of request, `connections` at a time (2: a few people at once),
 *  with the CPU milliseconds it cost the API and PostgreSQL per request. */
async function latency(url, cookie, connections = 2) {
  const before = cpuSeconds();
  const r = await autocannon({
    url,
    connections,
    duration: SECONDS,
    timeout: 30,
    headers: { cookie, 'accept-encoding': 'br' },
  });
  const after = cpuSeconds();
  const per = (key) => (1000 * (after[key] - before[key])) / Math.max(1, r.requests.total);
  const bad = r.errors + r.timeouts + r.non2xx;
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    bad,
    cpu: `CPU/req API ${per('api').toFixed(1)} ms + PostgreSQL ${per('postgres').toFixed(1)} ms`,
  };
}

/** p50 and p99 of requests made one after another, each after `before(i)` (not timed). */
async function sequential(count, url, cookie, before = async () => {}) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    await before(i);
    const started = performance.now();
    const response = await fetch(url(i), { headers: { cookie, 'accept-encoding': 'br' } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url(i)}: ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return { p50: at(0.5), p99: at(0.99) };
}

/** The overview as Central sees it when nothing is kept (each request asks another day, so
 *  every province is judged) and just after one write in one province (a demo cadre's save:
 *  that province is judged again, the others are kept). */
async function overviewCosts(base, central, cadre, slot) {
  const url = (asOf) => `${base}/trpc/compliance.overview?input=${input({ year: YEAR, asOf })}`;
  const day = (i) => `2026-10-${String(1 + i).padStart(2, '0')}`;
  const cold = await sequential(10, (i) => url(day(i)), central);
  await sequential(1, () => url('2026-11-30'), central); // the day's entries, kept
  const afterWrite = await sequential(
    20,
    () => url('2026-11-30'),
    central,
    async (i) => {
      const version = await currentVersion(base, { ...slot, cookie: cadre });
      const res = await fetch(`${base}/trpc/reports.save`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, cookie: cadre },
        body: JSON.stringify({ ...slot, claimsMet: true, note: `Lần ${i}`, links: [], version }),
      });
      if (!res.ok) throw new Error(`reports.save: ${res.status}`);
    },
  );
  return { cold, afterWrite };
}

const throughput = async (url, cookie) =>
  (await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } }))
    .requests.average;

const databaseUrl = await freshDatabase(ADMIN_URL, DB);
const port = await freePort();
const api = await startApi(port, { databaseUrl });
apiPid = api.pid;
const base = `http://127.0.0.1:${port}`;
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const rows = [];
const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?';
try {
  console.log(`load average at start: ${load()} on ${os.cpus().length} cores`);
  // Central reads every province (the national overview); a generated province's own
  // administrator reads its matrix, tree and unit pages (tenants, decision 20).
  const central = await signIn(base, 'trunguong@demo.lantoa.vn');
  const admin = await signIn(base, 'admin@demo.lantoa.vn');
  let provinceAdmin = '';
  const cadre = await signIn(base, 'cadre.kg-rach-gia@demo.lantoa.vn');
  const { indicators } = await trpcGet(base, admin, 'plan.get');
  const periods = periodKeysFor(indicators, YEAR);
  const { rows: authors } = await client.query(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
  const save = await saveLoad(base, cadre, { connections: CONNECTIONS, seconds: SECONDS });
  // One of the cadre's reports, saved between overview requests after the last saveLoad run.
  const [overviewSlot] = (await reportSlots(base, cadre)).slice(-1);
  const trivialUrl = `${base}/trpc/plan.get`;
  await throughput(trivialUrl, cadre); // warm-up
  const baseline = await throughput(trivialUrl, cadre);
  console.log(`demo only: trivial query ${baseline.toFixed(0)} req/s`);
  let added = 0;
  for (const target of STEPS) {
    const started = Date.now();
    await addProvinces(client, {
      from: added + 1,
      to: target + 1,
      authorId: authors[0].id,
      periods,
      year: YEAR,
    });
    added = target;
    const { rows: count } = await client.query('SELECT count(*)::int AS n FROM units');
    const units = count[0].n;
    console.log(
      `\n${units} units (${added} generated provinces, ${Date.now() - started} ms to generate)`,
    );
    const { rows: provinces } = await client.query(
      `SELECT id FROM units WHERE kind = 'province' AND code LIKE 'np-%' ORDER BY code`,
    );
    const province = provinces[0].id;
    if (!provinceAdmin) {
      await client.query(
        `INSERT INTO users (email, name, role, unit_id, password_hash)
         SELECT 'admin.np01@bench.lantoa.vn', 'Quản trị tỉnh Mẫu 1', 'admin', $1, password_hash
         FROM users WHERE email = 'admin@demo.lantoa.vn'`,
        [province],
      );
      provinceAdmin = await signIn(base, 'admin.np01@bench.lantoa.vn');
    }
    const { rows: communes } = await client.query(`SELECT id FROM units WHERE code = 'np-01-c050'`);
    const matrixUrl = `${base}/trpc/compliance.matrix?input=${input({ rootId: province, year: YEAR })}`;
    const overviewUrl = `${base}/trpc/compliance.overview?input=${input({ year: YEAR })}`;
    const treeUrl = `${base}/trpc/units.children?input=${input({ parentId: province })}`;
    const unitUrl = `${base}/trpc/compliance.unit?input=${input({ unitId: communes[0].id })}`;
    const matrix = await latency(matrixUrl, provinceAdmin);
    const matrixBytes = await wireBytes(matrixUrl, provinceAdmin);
    const overview = {
      ...(await latency(overviewUrl, central, 1)),
      rows: (await trpcGet(base, central, `compliance.overview?input=${input({ year: YEAR })}`))
        .rows.length,
    };
    const tree = await latency(treeUrl, provinceAdmin);
    const unitPage = await latency(unitUrl, provinceAdmin);
    const trivial = await throughput(trivialUrl, cadre);
    const saves = await save.run();
    // Last, and only at full size: its saves would leave saveLoad's versions of the slot stale.
    if (target === STEPS[STEPS.length - 1]) {
      Object.assign(overview, await overviewCosts(base, central, cadre, overviewSlot));
    }
    const row = {
      units,
      matrix,
      matrixBytes,
      overview,
      tree,
      unitPage,
      trivial,
      saves,
    };
    rows.push(row);
    console.log(
      [
        `load average ${load()}`,
        `province matrix: p50 ${matrix.p50} ms, p99 ${matrix.p99} ms, ${(matrixBytes / 1024).toFixed(1)} KB br; ${matrix.cpu}`,
        `national overview (${overview.rows} provinces): p50 ${overview.p50} ms, p99 ${overview.p99} ms; ${overview.cpu}`,
        `first tree level: p50 ${tree.p50} ms; ${tree.cpu}`,
        `unit page: p50 ${unitPage.p50} ms; ${unitPage.cpu}`,
        `errors: matrix ${matrix.bad}, overview ${overview.bad}, tree ${tree.bad}, unit page ${unitPage.bad}`,
        `trivial query ${trivial.toFixed(0)} req/s (${((100 * trivial) / baseline).toFixed(1)}% of the demo's ${baseline.toFixed(0)})`,
        `reports.save ${saves.rps.toFixed(0)} req/s (${((100 * saves.rps) / trivial).toFixed(1)}% of the trivial query), ${saves.bad} errors`,
        ...(overview.cold
          ? [
              `national overview with nothing kept (every province judged): p50 ${overview.cold.p50} ms, p99 ${overview.cold.p99} ms`,
              `national overview just after a save in one province: p50 ${overview.afterWrite.p50} ms, p99 ${overview.afterWrite.p99} ms`,
            ]
          : []),
      ].join('\n'),
    );
  }
  const last = rows[rows.length - 1];
  const checks = [
    [
      `province matrix p50 ${last.matrix.p50} ms <= ${BUDGET.matrixP50}`,
      last.matrix.p50 <= BUDGET.matrixP50,
    ],
    [
      `province matrix p99 ${last.matrix.p99} ms <= ${BUDGET.matrixP99}`,
      last.matrix.p99 <= BUDGET.matrixP99,
    ],
    [
      `province matrix ${last.matrixBytes} B <= ${BUDGET.matrixBytes}`,
      last.matrixBytes <= BUDGET.matrixBytes,
    ],
    [
      `national overview p50 ${last.overview.p50} ms <= ${BUDGET.overviewP50}`,
      last.overview.p50 <= BUDGET.overviewP50,
    ],
    [
      `national overview just after a save p50 ${last.overview.afterWrite.p50} ms <= ${BUDGET.overviewP50}`,
      last.overview.afterWrite.p50 <= BUDGET.overviewP50,
    ],
    [`first tree level p50 ${last.tree.p50} ms <= 50`, last.tree.p50 <= 50],
    [`unit page p50 ${last.unitPage.p50} ms <= 50`, last.unitPage.p50 <= 50],
    [
      `trivial query at ${last.units} units ${((100 * last.trivial) / baseline).toFixed(1)}% of the demo's (>= 90%)`,
      last.trivial >= 0.9 * baseline,
    ],
    [
      `reports.save ${((100 * last.saves.rps) / last.trivial).toFixed(1)}% of the trivial query (>= 50%), no errors`,
      last.saves.rps >= 0.5 * last.trivial && last.saves.bad === 0,
    ],
  ];
  console.log('');
  for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await client.end();
  await stop(api);
}
