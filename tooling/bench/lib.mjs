// Shared by the benchmarks: free ports, the built API as a child process, readiness waits,
// a fresh PostgreSQL database, demo sign-ins and report slots. Every server listens on
// 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_PASSWORD = 'Lan-Toa-bench-2026!';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function waitFor(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready in ${timeoutMs} ms`);
}

export function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** The built API in demo mode, on PGlite (dataDir) or PostgreSQL (databaseUrl). */
export async function startApi(port, { dataDir = '', databaseUrl = '' } = {}) {
  // BENCH_API_NODE_FLAGS: extra Node flags for the API only, e.g. "--cpu-prof".
  const flags = (process.env.BENCH_API_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  // BENCH_API_MAIN: another build of the API to measure (e.g. a variant kept elsewhere).
  const main = process.env.BENCH_API_MAIN ?? path.join(root, 'apps/api/dist/main.js');
  const child = spawn(process.execPath, [...flags, main], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LANTOA_DEMO: '1',
      LANTOA_DEMO_PASSWORD: DEMO_PASSWORD,
    },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child);
  return child;
}

export const JSON_HEADERS = { 'content-type': 'application/json', 'x-lantoa-csrf': '1' };

/** Drops and recreates `name` on the server of `adminUrl`; returns the new database's URL. */
export async function freshDatabase(adminUrl, name, { isAsyncCommit = false } = {}) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  if (isAsyncCommit) await client.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Signs a demo account in; returns its session cookie. */
export async function signIn(base, email) {
  const response = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

export async function trpcGet(base, cookie, pathAndInput) {
  const response = await fetch(`${base}/trpc/${pathAndInput}`, { headers: { cookie } });
  return (await response.json()).result.data;
}

/** Every unit the signed-in user reaches that matches `filter` (units.search's input), a
 *  page of 50 at a time: the API answers no whole tree (decision 38). For a bench's setup. */
export async function unitsInReach(base, cookie, filter = {}) {
  const units = [];
  let cursor;
  do {
    const input = encodeURIComponent(JSON.stringify({ ...filter, limit: 50, cursor }));
    const page = await trpcGet(base, cookie, `units.search?input=${input}`);
    units.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return units;
}

/** Every (unit, indicator, period) the cadre may report on. */
export async function reportSlots(base, cookie) {
  const units = await unitsInReach(base, cookie);
  const { indicators } = await trpcGet(base, cookie, 'plan.get');
  const periods = (i) =>
    i.schedule.kind === 'yearly'
      ? Array.from({ length: i.schedule.lastYear - i.schedule.firstYear + 1 }, (_, k) =>
          String(i.schedule.firstYear + k),
        )
      : i.schedule.kind === 'term'
        ? [`${i.schedule.from.slice(0, 4)}-${i.schedule.to.slice(0, 4)}`]
        : [`by-${i.schedule.due.slice(0, 4)}`];
  return units.flatMap((u) =>
    indicators.flatMap((i) =>
      periods(i).map((periodKey) => ({ unitId: u.id, indicator: i.code, periodKey })),
    ),
  );
}

/** The version to edit next, from the server: a save naming no version creates the report
 *  or answers CONFLICT with the current one. Approved reports are locked: null. */
export async function currentVersion(base, slot) {
  const { version, n, cookie, ...target } = slot;
  const response = await fetch(`${base}/trpc/reports.save`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, cookie },
    body: JSON.stringify({ ...target, claimsMet: true, note: '', links: [], version: null }),
  });
  const body = await response.json();
  const report = body.result?.data ?? body.error.data.details?.current;
  return report?.status === 'approved' ? null : report.version;
}
