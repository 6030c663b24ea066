import autocannon from 'autocannon';

const base = 'http://127.0.0.1:3411';
const h = { 'content-type': 'application/json', 'x-lantoa-csrf': '1' };
const r = await fetch(`${base}/auth/sign-in`, {
  method: 'POST',
  headers: h,
  body: JSON.stringify({
    email: 'cadre.kg-rach-gia@demo.lantoa.vn',
    password: 'Lan-Toa-bench-2026!',
  }),
});
const cookie = r.headers.get('set-cookie').split(';')[0];
const unitId = (await (await fetch(`${base}/auth/me`, { headers: { cookie } })).json()).user.unit
  .id;
const free = ['2024', '2025', '2026', '2027'].flatMap((p) =>
  ['CT-05', 'CT-06'].map((i) => ({ unitId, indicator: i, periodKey: p, version: null })),
);
const res = await autocannon({
  url: `${base}/trpc/reports.save`,
  connections: 8,
  duration: 8,
  headers: { ...h, cookie },
  requests: [
    {
      method: 'POST',
      setupRequest: (req, ctx) => {
        const s = free.shift();
        ctx.s = s;
        const { version, ...t } = s;
        return {
          ...req,
          body: JSON.stringify({ ...t, claimsMet: true, note: 'x', links: [], version }),
        };
      },
      onResponse: (st, body, ctx) => {
        if (st === 200) ctx.s.version = JSON.parse(body).result.data.version;
        else console.log(st, body.slice(0, 200));
        free.push(ctx.s);
      },
    },
  ],
});
console.log('save rps', res.requests.average, 'p50', res.latency.p50, 'non2xx', res.non2xx);
const q = await autocannon({
  url: `${base}/trpc/plan.get`,
  connections: 8,
  duration: 5,
  headers: { cookie },
});
console.log('plan rps', q.requests.average, 'p50', q.latency.p50);
