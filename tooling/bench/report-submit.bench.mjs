// Budget check for the reporting workflow (docs/benchmarks.md): a cadre saving reports
// (session + scope check + versioned write + audit event, in one transaction) against a
// trivial tRPC query, same server, same run, on PostgreSQL. Budget: >= 50% of the query's
// requests/s with no errors. Each connection owns one report and always edits the version
// it last saw, so no request is a conflict. Run on demand:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:report
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD, freePort, startApi, stop } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 40);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'lantoa_bench';
const headers = { 'content-type': 'application/json', 'x-lantoa-csrf': '1' };

async function resetDatabase() {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${DB}`);
  if (process.env.BENCH_ASYNC_COMMIT)
    await client.query(`ALTER DATABASE ${DB} SET synchronous_commit = off`);
  await client.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB}`;
  return url.toString();
}

async function signIn(base, email) {
  const response = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in ${response.status}`);
  return response.headers.get('set-cookie').split(';')[0];
}

async function trpcGet(base, cookie, pathAndInput) {
  const response = await fetch(`${base}/trpc/${pathAndInput}`, { headers: { cookie } });
  return (await response.json()).result.data;
}

/** Every (unit, indicator, period) the cadre may report on: one per connection. */
async function reportSlots(base, cookie) {
  const { units } = await trpcGet(base, cookie, 'units.tree');
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

function summarise(name, r) {
  const bad = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   ${r.requests.total} requests   errors/non-2xx ${bad}`,
  );
  return { rps: r.requests.average, p99: r.latency.p99, bad };
}

const databaseUrl = await resetDatabase();
const port = await freePort();
const api = await startApi(port, { databaseUrl });
const base = `http://127.0.0.1:${port}`;
try {
  const cookie = await signIn(base, 'cadre.kg-rach-gia@demo.lantoa.vn');
  const slots = await reportSlots(base, cookie);
  if (slots.length < CONNECTIONS)
    throw new Error(`only ${slots.length} report slots for ${CONNECTIONS} connections`);
  console.log(
    `PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per run, ${os.cpus().length} cores, Node ${process.version}`,
  );

  const queryUrl = `${base}/trpc/plan.get`;
  await autocannon({ url: queryUrl, connections: 10, duration: 2, headers: { cookie } });
  const query = summarise(
    'trivial query (plan.get)',
    await autocannon({
      url: queryUrl,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie },
    }),
  );

  // autocannon clears its per-request context after every response, so slots circulate
  // through a free list instead: a request borrows one and gives it back with the new version.
  const free = slots.map((slot) => ({ ...slot, version: null, n: 0 }));
  const save = summarise(
    'reports.save (authz+write+audit)',
    await autocannon({
      url: `${base}/trpc/reports.save`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { ...headers, cookie },
      requests: [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const slot = free.shift();
            context.slot = slot;
            slot.n += 1;
            const { version, n, ...target } = slot;
            const body = { ...target, claimsMet: true, note: `Lần sửa ${n}`, links: [], version };
            return { ...req, body: JSON.stringify(body) };
          },
          onResponse: (status, body, context) => {
            if (status === 200) context.slot.version = JSON.parse(body).result.data.version;
            free.push(context.slot);
          },
        },
      ],
    }),
  );
  const audit = await trpcGet(base, await signIn(base, 'admin@demo.lantoa.vn'), 'audit.verify');
  const ratio = save.rps / query.rps;
  const checks = [
    [
      `reports.save at ${(ratio * 100).toFixed(1)}% of the trivial query's req/s (budget >= 50%)`,
      ratio >= 0.5,
    ],
    [`no errors or non-2xx (${save.bad + query.bad})`, save.bad + query.bad === 0],
    [`audit chain verifies after the run (${audit.count} events)`, audit.isValid === true],
  ];
  for (const [text, ok] of checks)
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}  p99 save ${save.p99} ms`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  await stop(api);
}
