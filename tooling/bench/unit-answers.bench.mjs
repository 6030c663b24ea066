// The answers that replaced units.tree (decision 38), measured as Central on national data
// (and two as a generated province's own administrator):
// the demo on PostgreSQL plus 33 generated provinces (national-data.mjs: about 33,000
// units). For each: the bytes on the wire (accept-encoding: br) and the p50/p99 of 20
// requests one after another. Before decision 38, units.tree as Central was 8.5 MB of JSON
// (its compression failed with a 503). Run:
//   pnpm exec turbo run build && pnpm --filter @lantoa/bench run bench:units
import http from 'node:http';
import pg from 'pg';
import { freePort, freshDatabase, signIn, startApi, stop, trpcGet } from './lib.mjs';
import { addProvinces, periodKeysFor } from './national-data.mjs';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 33);
const BUDGET_BYTES = 200 * 1024;

const input = (value) => encodeURIComponent(JSON.stringify(value));

/** Bytes of the body as sent (accept-encoding: br), and the time until its last byte. */
function ask(url, cookie) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie, 'accept-encoding': 'br' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          res.statusCode === 200
            ? resolve({ bytes, ms: performance.now() - started })
            : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

async function measure(url, cookie, count = 20) {
  await ask(url, cookie); // warm-up
  const runs = [];
  for (let i = 0; i < count; i += 1) runs.push(await ask(url, cookie));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return { bytes: runs[0].bytes, p50: at(0.5), p99: at(0.99) };
}

const databaseUrl = await freshDatabase(ADMIN_URL, 'lantoa_bench_units');
const port = await freePort();
const api = await startApi(port, { databaseUrl });
const base = `http://127.0.0.1:${port}`;
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
let failed = false;
try {
  const admin = await signIn(base, 'admin@demo.lantoa.vn');
  const { indicators } = await trpcGet(base, admin, 'plan.get');
  const { rows: authors } = await client.query(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
  const started = Date.now();
  await addProvinces(client, {
    from: 1,
    to: PROVINCES + 1,
    authorId: authors[0].id,
    periods: periodKeysFor(indicators, 2026),
    year: 2026,
  });
  const { rows: count } = await client.query('SELECT count(*)::int AS n FROM units');
  console.log(`${count[0].n} units (${PROVINCES} generated provinces, ${Date.now() - started} ms)`);
  const { rows: first } = await client.query(`SELECT id FROM units WHERE code = 'np-01'`);
  const central = await signIn(base, 'trunguong@demo.lantoa.vn');
  const asks = [
    ['units.search, typed "xa mau 1" (20)', { search: 'xa mau 1', limit: 20 }],
    ['units.search, nothing typed (20)', {}],
    ['units.search, "chi hoi" (50)', { search: 'chi hoi', limit: 50 }],
    ['units.search, exact code', { code: 'np-01-c001' }],
  ].map(([name, value]) => [name, `units.search?input=${input(value)}`]);
  asks.push(
    ['units.children, a province (50)', `units.children?input=${input({ parentId: first[0].id })}`],
    ['units.provinces (50)', `units.provinces?input=${input({})}`],
  );
  // A generated province's own administrator: the scope narrows the scan to its province.
  await client.query(
    `INSERT INTO users (email, name, role, unit_id, password_hash)
     SELECT 'admin.np01@bench.lantoa.vn', 'Quản trị tỉnh Mẫu 1', 'admin', $1, password_hash
     FROM users WHERE email = 'admin@demo.lantoa.vn'`,
    [first[0].id],
  );
  const provinceAdmin = await signIn(base, 'admin.np01@bench.lantoa.vn');
  const asProvince = [
    [
      'units.search, typed "xa mau 1" (20), as a province',
      `units.search?input=${input({ search: 'xa mau 1' })}`,
    ],
    ['units.search, nothing typed (20), as a province', 'units.search'],
  ];
  console.log('| answer | bytes (br) | p50 / p99 |');
  console.log('| --- | --- | --- |');
  const rows = [
    ...asks.map(([name, path]) => [`${name}, as Central`, path, central]),
    ...asProvince.map(([name, path]) => [name, path, provinceAdmin]),
  ];
  for (const [name, path, cookie] of rows) {
    const r = await measure(`${base}/trpc/${path}`, cookie);
    if (r.bytes > BUDGET_BYTES) failed = true;
    console.log(`| ${name} | ${(r.bytes / 1024).toFixed(1)} KB | ${r.p50} / ${r.p99} ms |`);
  }
} finally {
  await client.end();
  await stop(api);
}
if (failed) {
  console.log('FAIL: an answer above 200 KB');
  process.exitCode = 1;
}
