// The badge during a flood (issue 17, decision 28): 10,000 pledges from one address posted
// to the demo appeal while the cached badge endpoint is measured, against the same run's
// bare Node http server and the badge without the flood. Budget (docs/benchmarks.md): the
// badge under the flood keeps at least 70% of bare Node's requests/s, and the flood stores
// no more than the per-address limit (every answer past it is a 429 that costs no query).
// The flood is paced over the measured window (BENCH_FLOOD_RATE=0: as fast as it can).
// On PGlite, or PostgreSQL when BENCH_DATABASE_URL is set. Run on demand:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:flood
import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, freshDatabase, root, startApi, stop, waitFor } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 50;
const FLOOD = 10_000;
const FLOOD_RATE = Number(process.env.BENCH_FLOOD_RATE ?? Math.ceil(FLOOD / SECONDS));
const BADGE_PATH = '/public/v1/units/ag-rach-gia/badge.svg?indicator=CT-03';
const APPEAL = 'ag-lu-lut-2026';
const BUDGET = { ratio: 0.7 };
const headers = { 'accept-encoding': 'br' };

async function measure(name, url) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const bad = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${r.latency.p99} ms   errors/non-2xx ${bad}`,
  );
  return { rps: r.requests.average, p99: r.latency.p99, bad };
}

/** 10,000 pledges from this one address (127.0.0.1), valid bodies with a real time token,
 *  so the first ones within the limit really reach the database. */
async function flood(origin) {
  const token = await (await fetch(`${origin}/public/v1/form-token`)).json();
  await new Promise((r) => setTimeout(r, 3_100)); // the time check: not sooner than 3 s
  const body = JSON.stringify({
    displayName: null,
    amount: 100_000,
    consentVersion: token.consentVersion,
    hasConsented: true,
    formToken: token.token,
    website: '',
  });
  const statuses = {};
  const r = await autocannon({
    url: `${origin}/public/v1/appeals/${APPEAL}/pledges`,
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://doitac.example.vn' },
    body,
    connections: 10,
    amount: FLOOD,
    ...(FLOOD_RATE > 0 ? { overallRate: FLOOD_RATE } : {}),
    setupClient: (client) =>
      client.on('response', (status) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
  });
  return { statuses, total: r.requests.total, seconds: r.duration };
}

if (!existsSync(path.join(root, 'apps/api/dist/main.js'))) {
  console.error('Build first: pnpm exec turbo run build');
  process.exit(1);
}
const adminUrl = process.env.BENCH_DATABASE_URL;
console.log(
  `${adminUrl ? 'PostgreSQL' : 'PGlite'}, br, ${CONNECTIONS} connections, ${SECONDS} s per run, flood ${FLOOD} at ${FLOOD_RATE || 'max'}/s, ${os.cpus().length} cores, Node ${process.version}`,
);
const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lantoa-flood-')), 'pglite');
// BENCH_DATA_DIR: a PGlite directory the demo already seeded (copied, never changed), to
// skip the first start's seeding on a busy machine.
if (process.env.BENCH_DATA_DIR) cpSync(process.env.BENCH_DATA_DIR, dataDir, { recursive: true });
const databaseUrl = adminUrl ? await freshDatabase(adminUrl, 'lantoa_bench_flood') : '';
const apiPort = await freePort();
const origin = `http://127.0.0.1:${apiPort}`;
const first = await startApi(apiPort, { dataDir, databaseUrl });
const svg = await (await fetch(`${origin}${BADGE_PATH}`)).text();
await stop(first);

const runs = { bare: [], quiet: [], flooded: [] };
const floods = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  console.log(`round ${round} of ${ROUNDS}`);
  const barePort = await freePort();
  const bare = fork(path.join(here, 'bare-server.mjs'), {
    env: { ...process.env, PORT: String(barePort), BENCH_SVG: svg, BENCH_ENCODING: 'br' },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${barePort}/`, bare);
  await autocannon({ url: `http://127.0.0.1:${barePort}/`, connections: 10, duration: 2 });
  runs.bare.push(await measure('bare node:http', `http://127.0.0.1:${barePort}/`));
  await stop(bare);

  // A fresh process per round: the per-address counters start empty, as after a restart.
  const api = await startApi(apiPort, { dataDir, databaseUrl });
  await autocannon({ url: `${origin}${BADGE_PATH}`, connections: 10, duration: 2, headers });
  runs.quiet.push(await measure('badge.svg, no flood', `${origin}${BADGE_PATH}`));
  const flooding = flood(origin);
  await new Promise((r) => setTimeout(r, 3_200)); // the flood starts after its time token
  runs.flooded.push(await measure('badge.svg, during flood', `${origin}${BADGE_PATH}`));
  const f = await flooding;
  floods.push(f);
  console.log(
    `  flood: ${f.total} requests in ${f.seconds} s, statuses ${JSON.stringify(f.statuses)}`,
  );
  await stop(api);
}
rmSync(path.dirname(dataDir), { recursive: true, force: true });

const best = (list) => Math.max(...list.map((r) => r.rps));
const bare = best(runs.bare);
const quiet = best(runs.quiet);
const flooded = best(runs.flooded);
const stored = floods.map((f) => f.statuses[201] ?? 0);
const pct = (n, of) => `${((n / of) * 100).toFixed(1)}%`;
console.log('best req/s:');
console.log(
  `  bare ${bare.toFixed(0)}, badge ${quiet.toFixed(0)} (${pct(quiet, bare)}), badge during flood ${flooded.toFixed(0)} (${pct(flooded, bare)} of bare, ${pct(flooded, quiet)} of no flood)`,
);
const checks = [
  [
    `badge during flood: ${pct(flooded, bare)} of bare req/s (budget >= 70%)`,
    flooded / bare >= BUDGET.ratio,
  ],
  [
    `pledges stored per round ${stored.join(', ')} (limit 10 per address per hour)`,
    stored.every((n) => n <= 10),
  ],
  [
    `every other flood answer is 429 (${floods.map((f) => f.statuses[429] ?? 0).join(', ')})`,
    floods.every((f) => (f.statuses[429] ?? 0) + (f.statuses[201] ?? 0) === f.total),
  ],
  [
    `badge errors/non-2xx: ${[...runs.quiet, ...runs.flooded].reduce((s, r) => s + r.bad, 0)}`,
    [...runs.quiet, ...runs.flooded].every((r) => r.bad === 0),
  ],
];
for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
