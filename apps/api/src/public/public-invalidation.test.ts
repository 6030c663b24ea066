// Which public answers a change of one unit makes stale, seen from outside: facts are
// written behind the app's back for every unit, then one unit changes through the app.
// Only that unit's answers (and answers about unknown codes) may show the new facts.
import { INDICATORS, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { periodForYear } from '../services/evaluate-subtree.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { SAME_ORIGIN, sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let units: Awaited<ReturnType<typeof createProvince>>;
let cookie: string;
let authorId: string;
const today = todayInVietnam(new Date());
const NEW_CODE = 'don-vi-moi-mo';

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  const admin = await createUser(handle.db, { role: 'admin', unitId: units.province.id });
  authorId = admin.id;
  app = await testApp(handle.db);
  cookie = sessionCookie(await signIn(app, admin.email));
});

afterAll(async () => {
  await app?.close();
  await handle?.close();
});

type Unit = { id: string; code: string; kind: string };
const year = Number(today.slice(0, 4));
function firstIndicatorOf(unit: Unit) {
  const found = INDICATORS.find((i) => (i.appliesTo as readonly string[]).includes(unit.kind));
  if (!found) throw new Error(`no indicator applies to ${unit.kind}`);
  return found;
}

const urlsOf = (unit: Unit) => [
  `/public/v1/units/${unit.code}/badge.svg?indicator=${firstIndicatorOf(unit).code}&lang=en`,
  `/public/v1/units/${unit.code}/compliance.json`,
  `/public/v1/units/${unit.code}/stories.json?limit=5`,
];

async function bodies(of: Unit[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const url of of.flatMap(urlsOf)) {
    out.set(url, (await app.inject({ method: 'GET', url })).body);
  }
  return out;
}

/** A submitted report (pending review) and a published story for the unit, behind the
 *  app's back: nothing tells the cache. */
async function changeBehindTheBack(unit: Unit) {
  const indicator = firstIndicatorOf(unit);
  await handle.db
    .insertInto('reports')
    .values({
      unit_id: unit.id,
      indicator: indicator.code,
      period_key: periodForYear(indicator, year, today).key,
      status: 'submitted',
      claims_met: true,
      note: '',
      links: '[]',
      created_by: authorId,
      updated_by: authorId,
    })
    .execute();
  await handle.db
    .insertInto('stories')
    .values({
      unit_id: unit.id,
      slug: `tin-${unit.id}`,
      title: 'Hiến máu nhân đạo',
      summary: 'Tóm tắt',
      body_html: '<p>Nội dung</p>',
      tags: '[]',
      status: 'published',
      published_at: new Date(Date.now() - 60_000),
    })
    .execute();
}

describe('a change of one unit', () => {
  it('makes stale its own badge, compliance and stories, not its parent, child or sibling', async () => {
    const { province, districtA, districtB } = units;
    const child = await createUnit(handle.db, {
      kind: 'grassroots_province',
      parentId: districtA.id,
    });
    const others = [province, districtB, child];
    const unknown = { id: '', code: NEW_CODE, kind: 'district' };
    const before = await bodies([districtA, ...others, unknown]);
    for (const unit of [districtA, ...others]) await changeBehindTheBack(unit);
    await createUnit(handle.db, { kind: 'district', parentId: province.id, code: NEW_CODE });

    // District A's work reaches the app: its CT-05 report is saved as a draft.
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/reports.save',
      headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
      payload: {
        unitId: districtA.id,
        indicator: 'CT-05',
        periodKey: String(year),
        claimsMet: false,
        note: '',
        links: [],
        version: null,
      },
    });
    expect(res.statusCode, res.body).toBe(200);

    const after = await bodies([districtA, ...others, unknown]);
    for (const url of urlsOf(districtA)) {
      expect(after.get(url), url).not.toBe(before.get(url));
    }
    for (const url of others.flatMap(urlsOf)) {
      expect(after.get(url), url).toBe(before.get(url));
    }
    // "Not found" depends on which units exist, so it is recomputed after any change.
    for (const url of urlsOf(unknown)) {
      expect(before.get(url), url).toMatch(/not found|NOT_FOUND/);
      expect(after.get(url), url).not.toBe(before.get(url));
    }

    // The others were served from memory, not unchanged: "everything" shows their facts too.
    app.notifyFactsChanged([]);
    const everything = await bodies(others);
    for (const url of others.flatMap(urlsOf)) {
      expect(everything.get(url), url).not.toBe(before.get(url));
    }
  });
});

describe('a unit created in the app', () => {
  it('is found at once by a code that was asked for before it existed', async () => {
    const code = 'hoi-ctd-xa-can-dang';
    const url = `/public/v1/units/${code}/compliance.json`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
    const created = await app.inject({
      method: 'POST',
      url: '/trpc/units.create',
      headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
      payload: {
        code,
        name: 'Hội CTĐ xã Cần Đăng',
        kind: 'district',
        parentId: units.province.id,
        openedOn: '2025-07-01',
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
  });
});

describe('concurrent misses', () => {
  it('read the database once for one key, however many requests ask', async () => {
    let queries = 0;
    const counting = handle.db.withPlugin({
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const other = await testApp(counting);
    try {
      const one = `/public/v1/units/${units.districtB.code}/compliance.json?lang=en`;
      expect((await other.inject({ method: 'GET', url: one })).statusCode).toBe(200);
      const perMiss = queries;
      queries = 0;
      const url = `/public/v1/units/${units.districtA.code}/compliance.json?lang=en`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => other.inject({ method: 'GET', url })),
      );
      expect(new Set(answers.map((a) => `${a.statusCode} ${a.body}`)).size).toBe(1);
      expect(queries).toBe(perMiss);
    } finally {
      await other.close();
    }
  });
});
