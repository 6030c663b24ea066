// Exports against their budgets (docs/benchmarks.md): the province's matrix as .xlsx with
// 3,000 units × 8 indicators in ≤ 2 s while the API's memory grows by ≤ 150 MB, and the
// annual report .docx in ≤ 1 s. The built API runs on PostgreSQL (a fresh database,
// demo data plus 3,000 sample grassroots units spread under the commune-level chapters); memory is the
// API process's resident set, sampled every 10 ms from /proc while the file streams.
// Usage: node exports.bench.mjs   (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { freePort, freshDatabase, JSON_HEADERS, signIn, startApi, stop, trpcGet } from './lib.mjs';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const UNITS = 3000;
const RUNS = 5;

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function addUnits(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    "SELECT id FROM units WHERE kind = 'commune' AND closed_on IS NULL ORDER BY code",
  );
  const parents = rows.map((r) => r.id);
  await client.query(
    `WITH made AS (
       INSERT INTO units (code, name, kind, opened_on, is_sample)
       SELECT 'bench-' || g, 'Hội CTĐ cơ sở mẫu ' || g, 'grassroots', '2020-01-01', true
       FROM generate_series(1, $1::int) g
       RETURNING id, code)
     INSERT INTO unit_links (unit_id, parent_id, valid_from)
     SELECT id, ($2::uuid[])[1 + (substring(code from 7)::int % array_length($2::uuid[], 1))], '2020-01-01'
     FROM made`,
    [UNITS, parents],
  );
  // As autovacuum would after a bulk load: the planner needs the new row counts.
  await client.query('ANALYZE');
  const count = await client.query('SELECT count(*)::int AS n FROM units');
  await client.end();
  return count.rows[0].n;
}

/** One download, timed to its last byte, with the API's peak resident set above baseline. */
async function timedDownload(pid, url, init) {
  global.gc?.();
  const baseline = rssMb(pid);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 10);
  const started = performance.now();
  const response = await fetch(url, init);
  const bytes = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { ms, bytes, growthMb: peak - baseline };
}

const databaseUrl = await freshDatabase(ADMIN_URL, 'lantoa_bench_exports');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let api = await startApi(port, { databaseUrl });
const total = await addUnits(databaseUrl);
// Restart so nothing of the demo's seeding stays warm in the measured process.
await stop(api);
api = await startApi(port, { databaseUrl });
try {
  const cookie = await signIn(base, 'reviewer@demo.lantoa.vn');
  // units.children without a parent answers the caller's home unit's level.
  const { parentId: homeUnitId } = await trpcGet(base, cookie, 'units.children');
  console.log(`units in the province: ${total} (${UNITS} added), indicators: 8`);
  console.log(
    `load average at start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  const matrix = [];
  for (let i = 0; i < RUNS; i += 1) {
    matrix.push(
      await timedDownload(api.pid, `${base}/exports/matrix.xlsx?year=2025`, {
        headers: { cookie },
      }),
    );
  }
  const report = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const response = await fetch(`${base}/trpc/officialReports.generate`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, cookie },
      body: JSON.stringify({
        unitId: homeUnitId,
        kind: 'annual',
        year: 2025,
        number: `${i + 1}/BC-CTĐ`,
        place: 'An Giang',
        issuedOn: '2026-01-05',
        signingAuthority: 'TM. BAN THƯỜNG VỤ',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Nguyễn Văn A',
        recipients: ['Trung ương Hội CTĐ Việt Nam'],
        assessment: 'Đánh giá.',
        proposals: '',
      }),
    });
    if (!response.ok) throw new Error(`report: ${response.status} ${await response.text()}`);
    const { result } = await response.json();
    report.push({ ms: performance.now() - started, bytes: result.data.sizeBytes });
  }
  const fmt = (xs) => xs.map((x) => Math.round(x)).join(', ');
  console.log(
    `matrix.xlsx (${UNITS + 29} rows × 8 indicators, ${Math.round(matrix[0].bytes / 1024)} KB): ` +
      `median ${Math.round(median(matrix.map((m) => m.ms)))} ms, max ${Math.round(Math.max(...matrix.map((m) => m.ms)))} ms ` +
      `[${fmt(matrix.map((m) => m.ms))}] (budget ≤ 2000 ms)`,
  );
  console.log(
    `API memory growth while streaming: max ${Math.round(Math.max(...matrix.map((m) => m.growthMb)))} MB ` +
      `[${fmt(matrix.map((m) => m.growthMb))}] (budget ≤ 150 MB)`,
  );
  console.log(
    `annual report .docx (${Math.round(report[0].bytes / 1024)} KB, generated and kept): ` +
      `median ${Math.round(median(report.map((r) => r.ms)))} ms, max ${Math.round(Math.max(...report.map((r) => r.ms)))} ms ` +
      `[${fmt(report.map((r) => r.ms))}] (budget ≤ 1000 ms)`,
  );
} finally {
  await stop(api);
}
