// Budget check for the public cache under writes (docs/benchmarks.md): badge requests/s at
// 50 connections while a cadre saves reports 20 times a second, against the same without
// saves, same server, same run. Budget: >= 50%. Rounds alternate quiet and busy runs and
// the budget is judged on the median ratio. By default every save is a report of the
// badge's own unit (Rạch Giá), so each one makes the measured badge stale: the worst case.
// BENCH_SAVES_ON=district spreads them over Rạch Giá and its communes instead, and
// BENCH_SAVES_ON=communes keeps them off the badge's unit: what the saves alone cost.
// Engine: PostgreSQL when BENCH_DATABASE_URL is set (its server gets a fresh database
// lantoa_bench_public), else PGlite in a temporary directory. BENCH_SECONDS (10),
// BENCH_ROUNDS (3) and BENCH_SAVES_PER_SECOND (20) change the defaults. Run:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:writes
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  currentVersion,
  freePort,
  freshDatabase,
  JSON_HEADERS,
  reportSlots,
  signIn,
  startApi,
  stop,
  unitsInReach,
} from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SAVES_PER_SECOND = Number(process.env.BENCH_SAVES_PER_SECOND ?? 20);
const CONNECTIONS = 50;
const UNIT = 'kg-rach-gia';
const BADGE_PATH = `/public/v1/units/${UNIT}/badge.svg?indicator=CT-03`;
const ADMIN_URL = process.env.BENCH_DATABASE_URL;
const BUDGET = 0.5;

/** Saves at a steady rate until stopped; each save edits the version it last saw. */
function startSaving(base, slots) {
  const free = [...slots];
  const tally = { ok: 0, failed: 0, startedAt: Date.now(), stoppedAt: 0, inFlight: 0 };
  const saveOne = async () => {
    const slot = free.shift();
    if (!slot) return;
    tally.inFlight += 1;
    slot.n += 1;
    const { version, n, cookie, ...target } = slot;
    const body = { ...target, claimsMet: true, note: `Lần sửa ${n}`, links: [], version };
    try {
      const response = await fetch(`${base}/trpc/reports.save`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, cookie },
        body: JSON.stringify(body),
      });
      const json = await response.json();
      if (response.ok) {
        slot.version = json.result.data.version;
        tally.ok += 1;
      } else {
        slot.version = await currentVersion(base, slot);
        tally.failed += 1;
      }
    } catch {
      tally.failed += 1;
    } finally {
      tally.inFlight -= 1;
      free.push(slot);
    }
  };
  const timer = setInterval(saveOne, 1000 / SAVES_PER_SECOND);
  return async () => {
    clearInterval(timer);
    tally.stoppedAt = Date.now();
    while (tally.inFlight > 0) await new Promise((r) => setTimeout(r, 10));
    return { ...tally, perSecond: (tally.ok * 1000) / (tally.stoppedAt - tally.startedAt) };
  };
}

async function measureBadges(url, label) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const bad = r.errors + r.timeouts + r.non2xx;
  console.log(
    `  ${label.padEnd(14)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors/non-2xx ${bad}`,
  );
  return { rps: r.requests.average, p99: r.latency.p99, bad };
}

const tmp = ADMIN_URL ? '' : mkdtempSync(path.join(os.tmpdir(), 'lantoa-bench-writes-'));
const databaseUrl = ADMIN_URL ? await freshDatabase(ADMIN_URL, 'lantoa_bench_public') : '';
const port = await freePort();
const api = await startApi(port, { databaseUrl, dataDir: tmp && path.join(tmp, 'pglite') });
const base = `http://127.0.0.1:${port}`;
try {
  const cookie = await signIn(base, `cadre.${UNIT}@demo.lantoa.vn`);
  const [own] = await unitsInReach(base, cookie, { code: UNIT });
  const savesOn = process.env.BENCH_SAVES_ON ?? 'unit';
  const isWanted = {
    unit: (slot) => slot.unitId === own.id,
    district: () => true,
    communes: (slot) => slot.unitId !== own.id,
  }[savesOn];
  const slots = [];
  for (const slot of await reportSlots(base, cookie)) {
    if (!isWanted(slot)) continue;
    const full = { ...slot, cookie, n: 0, version: null };
    full.version = await currentVersion(base, full);
    if (full.version !== null) slots.push(full);
  }
  console.log(
    `${ADMIN_URL ? 'PostgreSQL' : 'PGlite'}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, ${SAVES_PER_SECOND} saves/s over ${slots.length} reports (BENCH_SAVES_ON=${savesOn}) of ${UNIT}, ${os.cpus().length} cores, Node ${process.version}`,
  );
  const url = `${base}${BADGE_PATH}`;
  // Warm-up: the JIT, the badge in the cache, and the save path.
  const stopWarmSaves = startSaving(base, slots);
  await autocannon({ url, connections: 10, duration: 3 });
  await stopWarmSaves();

  const rounds = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    console.log(`round ${round} of ${ROUNDS}`);
    const quiet = await measureBadges(url, 'no saves');
    const stopSaving = startSaving(base, slots);
    const busy = await measureBadges(url, 'while saving');
    const saves = await stopSaving();
    console.log(
      `  saves: ${saves.ok} ok (${saves.perSecond.toFixed(1)}/s), ${saves.failed} failed; ratio ${((100 * busy.rps) / quiet.rps).toFixed(1)}%`,
    );
    rounds.push({ quiet, busy, saves, ratio: busy.rps / quiet.rps });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratio = median(rounds.map((r) => r.ratio));
  const bad = rounds.reduce((sum, r) => sum + r.quiet.bad + r.busy.bad + r.saves.failed, 0);
  const rate = Math.min(...rounds.map((r) => r.saves.perSecond));
  const checks = [
    [
      `badges while saving at ${(100 * ratio).toFixed(1)}% of without, median of ${ROUNDS} rounds (budget >= ${BUDGET * 100}%)`,
      ratio >= BUDGET,
    ],
    [
      `saves kept pace: at least ${rate.toFixed(1)}/s in every round (asked ${SAVES_PER_SECOND}/s)`,
      rate >= SAVES_PER_SECOND * 0.9,
    ],
    [`no errors, non-2xx or failed saves (${bad})`, bad === 0],
  ];
  console.log(`worst p99 while saving: ${Math.max(...rounds.map((r) => r.busy.p99))} ms`);
  for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await stop(api);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
