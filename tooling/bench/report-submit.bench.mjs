// Budget check for the reporting workflow (docs/benchmarks.md): a cadre saving reports
// (session + scope check + versioned write + audit event, one statement) against a trivial
// tRPC query, same server, same run, on PostgreSQL. Budget: >= 50% of the query's
// requests/s with no errors; the ratio is the median of alternating rounds. Each request
// borrows one report (of one of the district cadres, with that cadre's session) and edits
// the version it last saw, so no request is a conflict.
// BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_CADRES change the defaults (10 s,
// 3 rounds, 40 connections, all 15 district cadres);
// BENCH_ASYNC_COMMIT=1 turns off synchronous commit, to see what commits cost;
// BENCH_ENGINE=pglite runs the same against the embedded database (a fresh DATA_DIR). Run:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:report
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import {
  freePort,
  freshDatabase,
  JSON_HEADERS as headers,
  reportSlots,
  signIn,
  startApi,
  stop,
  trpcGet,
  unitsInReach,
  currentVersion as versionOf,
} from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CADRES = Number(process.env.BENCH_CADRES ?? 15);
const WARMUP = 3;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'lantoa_bench';
const IS_PGLITE = process.env.BENCH_ENGINE === 'pglite';

/** CPU seconds used so far by the API, by PostgreSQL (every backend and helper) and by
 *  this process (autocannon), from /proc: where a request's cost goes (Linux only). */
function cpuSeconds(apiPid) {
  const used = { api: 0, postgres: 0, autocannon: process.cpuUsage().user / 1e6 };
  if (!fs.existsSync('/proc/self/stat')) return used;
  const tick = 100; // USER_HZ on Linux
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / tick;
      if (Number(pid) === apiPid) used.api += seconds;
      else if (name.startsWith('postgres')) used.postgres += seconds;
    } catch {
      // The process ended meanwhile.
    }
  }
  used.autocannon += process.cpuUsage().system / 1e6;
  return used;
}

/** Runs `measure` and prints the CPU milliseconds each side spent per request. */
async function withCpu(apiPid, name, measure) {
  const before = cpuSeconds(apiPid);
  const result = await measure();
  const after = cpuSeconds(apiPid);
  const per = (key) => ((1000 * (after[key] - before[key])) / result.requests.total).toFixed(3);
  console.log(
    `  ${name}: CPU ms per request: API ${per('api')}, PostgreSQL ${per('postgres')}, autocannon ${per('autocannon')}`,
  );
  return result;
}

function summarise(name, r) {
  const bad = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   ${r.requests.total} requests   errors/non-2xx ${bad}`,
  );
  return { rps: r.requests.average, p99: r.latency.p99, bad };
}

const pgliteDir = IS_PGLITE ? fs.mkdtempSync(`${os.tmpdir()}/lantoa-bench-pglite-`) : '';
const databaseUrl = IS_PGLITE
  ? ''
  : await freshDatabase(ADMIN_URL, DB, { isAsyncCommit: Boolean(process.env.BENCH_ASYNC_COMMIT) });
const port = await freePort();
const api = await startApi(port, { databaseUrl, dataDir: pgliteDir && `${pgliteDir}/pglite` });
const base = `http://127.0.0.1:${port}`;
try {
  const cookie = await signIn(base, 'cadre.kg-rach-gia@demo.lantoa.vn');
  // The district cadres of the demo, each signed in with their own session, saving the
  // reports of their own district and its communes (as at a reporting deadline).
  const admin = await signIn(base, 'admin@demo.lantoa.vn');
  // Rạch Giá first: with BENCH_CADRES=1, its cadre alone (42 reports) as in earlier runs.
  const districts = (await unitsInReach(base, admin, { kinds: ['district'] }))
    .sort((a, b) => Number(b.code === 'kg-rach-gia') - Number(a.code === 'kg-rach-gia'))
    .slice(0, CADRES);
  const slots = [];
  for (const district of districts) {
    const cadre = await signIn(base, `cadre.${district.code}@demo.lantoa.vn`);
    for (const slot of await reportSlots(base, cadre)) slots.push({ ...slot, cookie: cadre });
  }
  if (slots.length < CONNECTIONS)
    throw new Error(`only ${slots.length} report slots for ${CONNECTIONS} connections`);
  console.log(
    `${IS_PGLITE ? 'PGlite' : 'PostgreSQL'}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, ${districts.length} cadres, ${slots.length} reports, ${os.cpus().length} cores, Node ${process.version}`,
  );

  const queryUrl = `${base}/trpc/plan.get`;
  const runQuery = (duration, connections = CONNECTIONS) =>
    autocannon({ url: queryUrl, connections, duration, headers: { cookie } });
  // autocannon clears its per-request context after every response, so slots circulate
  // through a free list instead: a request borrows one and gives it back with the new version.
  const all = slots.map((slot) => ({ ...slot, version: null, n: 0 }));
  const currentVersion = (slot) => versionOf(base, slot);
  // Some demo reports exist already, a few approved: start every slot from its real version.
  for (const slot of [...all]) {
    slot.version = await currentVersion(slot);
    if (slot.version === null) all.splice(all.indexOf(slot), 1);
  }
  const free = [...all];
  /** Requests still in flight when a run stops never report back: ask for their versions. */
  async function recoverSlots() {
    for (const slot of all.filter((s) => !free.includes(s))) {
      slot.version = await currentVersion(slot);
      free.push(slot);
    }
  }
  const runSave = async (duration, connections = CONNECTIONS) => {
    const result = await autocannon({
      url: `${base}/trpc/reports.save`,
      connections,
      duration,
      headers: { ...headers, cookie },
      requests: [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const slot = free.shift();
            context.slot = slot;
            slot.n += 1;
            const { version, n, cookie: cadre, ...target } = slot;
            const body = { ...target, claimsMet: true, note: `Lần sửa ${n}`, links: [], version };
            return {
              ...req,
              headers: { ...req.headers, cookie: cadre },
              body: JSON.stringify(body),
            };
          },
          onResponse: (status, body, context) => {
            if (status === 200) context.slot.version = JSON.parse(body).result.data.version;
            free.push(context.slot);
          },
        },
      ],
    });
    await recoverSlots();
    return result;
  };

  // Both paths warm up (JIT, prepared statements on every pooled connection) before any
  // measurement; then rounds alternate, so a slow spell of the machine hits both.
  await runQuery(WARMUP);
  await runSave(WARMUP);
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const query = summarise(
      `round ${round}: trivial query (plan.get)`,
      await withCpu(api.pid, 'trivial query', () => runQuery(SECONDS)),
    );
    const save = summarise(
      `round ${round}: reports.save`,
      await withCpu(api.pid, 'reports.save', () => runSave(SECONDS)),
    );
    rounds.push({ query, save, ratio: save.rps / query.rps });
    console.log(`round ${round}: ratio ${(100 * (save.rps / query.rps)).toFixed(1)}%`);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratio = median(rounds.map((r) => r.ratio));
  const bad = rounds.reduce((sum, r) => sum + r.query.bad + r.save.bad, 0);
  const p99 = Math.max(...rounds.map((r) => r.save.p99));
  const audit = await trpcGet(base, await signIn(base, 'admin@demo.lantoa.vn'), 'audit.verify');
  const checks = [
    [
      `reports.save at ${(ratio * 100).toFixed(1)}% of the trivial query's req/s, median of ${ROUNDS} rounds (budget >= 50%)`,
      ratio >= 0.5,
    ],
    [`no errors or non-2xx (${bad})`, bad === 0],
    [
      `audit chain verifies after the run (${audit.count} events, ${audit.unsealed} unsealed)`,
      audit.isValid === true && audit.unsealed === 0,
    ],
  ];
  for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  console.log(`worst p99 of reports.save: ${p99} ms`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await stop(api);
  if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true });
}
