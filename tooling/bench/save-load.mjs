// reports.save under load for one demo cadre: each request borrows one of the cadre's
// report slots and edits the version it last saw, so no request is a conflict (the same
// free-list scheme as report-submit.bench.mjs, in a reusable form).
import autocannon from 'autocannon';
import { currentVersion, JSON_HEADERS, reportSlots } from './lib.mjs';

export async function saveLoad(base, cookie, { connections, seconds }) {
  const slots = (await reportSlots(base, cookie)).map((s) => ({
    ...s,
    cookie,
    version: null,
    n: 0,
  }));
  for (const slot of [...slots]) {
    slot.version = await currentVersion(base, slot);
    if (slot.version === null) slots.splice(slots.indexOf(slot), 1);
  }
  if (slots.length < connections) throw new Error(`only ${slots.length} report slots`);
  const free = [...slots];
  async function recover() {
    for (const slot of slots.filter((s) => !free.includes(s))) {
      slot.version = await currentVersion(base, slot);
      free.push(slot);
    }
  }
  return {
    async run() {
      const r = await autocannon({
        url: `${base}/trpc/reports.save`,
        connections,
        duration: seconds,
        headers: { ...JSON_HEADERS, cookie },
        requests: [
          {
            method: 'POST',
            setupRequest: (req, context) => {
              const slot = free.shift();
              context.slot = slot;
              slot.n += 1;
              const { version, n, cookie: _c, ...target } = slot;
              const body = { ...target, claimsMet: true, note: `Lần sửa ${n}`, links: [], version };
              return { ...req, body: JSON.stringify(body) };
            },
            onResponse: (status, body, context) => {
              if (status === 200) context.slot.version = JSON.parse(body).result.data.version;
              free.push(context.slot);
            },
          },
        ],
      });
      await recover();
      return { rps: r.requests.average, bad: r.errors + r.timeouts + r.non2xx };
    },
  };
}
