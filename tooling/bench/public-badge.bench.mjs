// Budget check for the public surface (docs/benchmarks.md): the cached badge endpoint of the
// built API against a bare Node http server answering the same bytes, measured in the same
// run with autocannon at 50 connections; plus the widget's gzipped size. On PGlite in a
// temporary directory, or on PostgreSQL when BENCH_DATABASE_URL is set (its server gets a
// fresh database lantoa_bench_badge). Run on demand:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:public
// Every server listens on 127.0.0.1 only; each load run is bounded by BENCH_SECONDS.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { freePort, freshDatabase, root, startApi, stop, waitFor } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const BADGE_PATH = '/public/v1/units/kg-rach-gia/badge.svg?indicator=CT-03';
const JSON_PATH = '/public/v1/units/kg-rach-gia/compliance.json';
const BUDGET = { ratio: 0.7, p99Ms: 15, widgetGzipBytes: 4096 };

// What a phone sends: bodies come compressed (BENCH_ENCODING=identity measures without).
const ENCODING = process.env.BENCH_ENCODING ?? 'br';
const headers = ENCODING === 'identity' ? {} : { 'accept-encoding': ENCODING };

async function measure(name, url) {
  // Warm-up: fills the API's cache and the JIT before the measured run.
  await autocannon({ url, connections: 10, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const bad = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   ${r.requests.total} requests, ${(r.throughput.total / r.requests.total).toFixed(0)} B each   errors/non-2xx ${bad}`,
  );
  return { rps: r.requests.average, p99: r.latency.p99, bad };
}

if (!existsSync(path.join(root, 'apps/api/dist/main.js'))) {
  console.error('Build first: pnpm exec turbo run build');
  process.exit(1);
}
const adminUrl = process.env.BENCH_DATABASE_URL;
console.log(
  `${adminUrl ? 'PostgreSQL' : 'PGlite'}, accept-encoding ${ENCODING}, autocannon: ${CONNECTIONS} connections, ${SECONDS} s per run, ${os.cpus().length} cores, Node ${process.version}`,
);

const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lantoa-bench-')), 'pglite');
const databaseUrl = adminUrl ? await freshDatabase(adminUrl, 'lantoa_bench_badge') : '';
const apiPort = await freePort();
const api = await startApi(apiPort, { dataDir, databaseUrl });
const badgeUrl = `http://127.0.0.1:${apiPort}${BADGE_PATH}`;
const svg = await (await fetch(badgeUrl)).text();
await stop(api);

// Bare baseline, then the API, each server alone on the CPU; ROUNDS times, interleaved, so
// a burst of background noise cannot favour one side. Best req/s and worst p99 per target.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const targets = {
  bare: { name: 'bare node:http', runs: [] },
  badge: { name: 'API badge.svg (cached)', runs: [] },
  json: { name: 'API compliance.json', runs: [] },
};
for (let round = 1; round <= ROUNDS; round += 1) {
  console.log(`round ${round} of ${ROUNDS}`);
  const barePort = await freePort();
  const bare = fork(path.join(here, 'bare-server.mjs'), {
    env: { ...process.env, PORT: String(barePort), BENCH_SVG: svg, BENCH_ENCODING: ENCODING },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${barePort}/`, bare);
  targets.bare.runs.push(await measure(targets.bare.name, `http://127.0.0.1:${barePort}/`));
  await stop(bare);

  const apiRun = await startApi(apiPort, { dataDir, databaseUrl });
  targets.badge.runs.push(await measure(targets.badge.name, badgeUrl));
  const jsonUrl = `http://127.0.0.1:${apiPort}${JSON_PATH}`;
  targets.json.runs.push(await measure(targets.json.name, jsonUrl));
  await stop(apiRun);
}
rmSync(path.dirname(dataDir), { recursive: true, force: true });

const summary = (t) => ({
  rps: Math.max(...t.runs.map((r) => r.rps)),
  p99: Math.max(...t.runs.map((r) => r.p99)),
  bad: t.runs.reduce((sum, r) => sum + r.bad, 0),
});
const baseline = summary(targets.bare);
const badge = summary(targets.badge);
const json = summary(targets.json);
console.log('best req/s, worst p99:');
for (const [t, r] of [
  [targets.bare, baseline],
  [targets.badge, badge],
  [targets.json, json],
]) {
  console.log(`  ${t.name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${r.p99} ms`);
}

const widget = readFileSync(path.join(root, 'packages/widget/dist/lantoa.js'));
const widgetGzip = gzipSync(widget, { level: 9 }).length;
const pct = (r) => `${((r.rps / baseline.rps) * 100).toFixed(1)}%`;
const checks = [
  ...[
    ['badge.svg', badge],
    ['compliance.json', json],
  ].flatMap(([name, r]) => [
    [
      `${name}: ${pct(r)} of bare req/s (budget >= ${BUDGET.ratio * 100}%)`,
      r.rps / baseline.rps >= BUDGET.ratio,
    ],
    [`${name}: p99 ${r.p99} ms (budget <= ${BUDGET.p99Ms} ms)`, r.p99 <= BUDGET.p99Ms],
  ]),
  [
    `no errors or non-2xx (${badge.bad + json.bad + baseline.bad})`,
    badge.bad + json.bad + baseline.bad === 0,
  ],
  [
    `widget ${widget.length} B, ${widgetGzip} B gzipped (budget <= ${BUDGET.widgetGzipBytes} B)`,
    widgetGzip <= BUDGET.widgetGzipBytes,
  ],
];
console.log(`badge body ${Buffer.byteLength(svg)} B`);
for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
