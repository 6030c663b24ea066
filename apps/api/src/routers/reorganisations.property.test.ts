// Property: whatever reorganisation an administrator applies (or has refused), every figure
// as of a day before its date stays exactly as it was, and no report, record or story is
// added, lost or reassigned.
import type { ReorganisationInput, ReorganisationStep } from '@lantoa/domain';
import { addDays } from '@lantoa/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUnit, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';
import { provinceTree } from '../test/unit-tree.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const figures = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'closedOn' || key === 'version' ? undefined : v)),
  );

async function seededProvince() {
  const t = await createProvince(handle.db);
  const extra = await createUnit(handle.db, { kind: 'grassroots', parentId: t.districtA.id });
  const admin = await createUser(handle.db, { role: 'admin', unitId: t.province.id });
  await handle.db
    .insertInto('code_of_conduct_sessions')
    .values([
      { unit_id: t.districtA.id, held_on: '2025-03-01', title: 'Quán triệt', participants: 9 },
      { unit_id: t.communeB.id, held_on: '2025-05-01', title: 'Quán triệt', participants: 4 },
    ])
    .execute();
  await handle.db
    .insertInto('reports')
    .values({
      unit_id: t.districtB.id,
      indicator: 'CT-05',
      period_key: '2025',
      status: 'approved',
      claims_met: true,
      note: 'Đã làm',
      links: '[]',
      created_by: admin.id,
      updated_by: admin.id,
    })
    .execute();
  await handle.db
    .insertInto('stories')
    .values({
      unit_id: extra.id,
      slug: `bai-${extra.code}`,
      title: 'Người tốt việc thiện',
      summary: '',
      body_html: '<p>Nội dung</p>',
      cover_image_url: null,
      tags: '[]',
      status: 'published',
      author_id: admin.id,
      updated_by: admin.id,
    })
    .execute();
  return { ...t, extra, api: await callerAs(handle.db, admin) };
}
type Seeded = Awaited<ReturnType<typeof seededProvince>>;

/** Step templates over the seeded province; some combinations are refused, which is fine. */
const STEP = fc.constantFrom<(t: Seeded) => ReorganisationStep>(
  (t) => ({ type: 'merge', sources: [t.districtA.code], into: t.districtB.code }),
  (t) => ({
    type: 'merge',
    sources: [t.districtA.code, t.districtB.code],
    into: `m-${t.province.code}`,
    newUnit: { name: 'Hội CTĐ xã Mới', kind: 'commune', parentCode: t.province.code },
  }),
  (t) => ({
    type: 'split',
    source: t.districtA.code,
    into: [
      {
        code: `s1-${t.province.code}`,
        name: 'Hội CTĐ xã Một',
        kind: 'commune',
        parentCode: t.province.code,
      },
      {
        code: `s2-${t.province.code}`,
        name: 'Hội CTĐ xã Hai',
        kind: 'commune',
        parentCode: t.province.code,
      },
    ],
    assignments: [
      { unit: t.communeA.code, to: `s1-${t.province.code}` },
      { unit: t.extra.code, to: `s2-${t.province.code}` },
    ],
  }),
  (t) => ({ type: 'move', unit: t.extra.code, parentCode: t.districtB.code }),
  (t) => ({ type: 'rename', unit: t.districtB.code, name: 'Huyện đổi tên' }),
  (t) => ({ type: 'dissolve', unit: t.communeB.code }),
);

async function holdings() {
  const read = (table: 'reports' | 'code_of_conduct_sessions' | 'stories') =>
    handle.db.selectFrom(table).select(['id', 'unit_id']).orderBy('id').execute();
  return Promise.all([read('reports'), read('code_of_conduct_sessions'), read('stories')]);
}

describe('reorganisations leave the past alone', () => {
  it('figures as of an earlier date and every report, record and story stay as they were', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(STEP, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('2026-01-01', '2026-03-15', '2026-09-01'),
        async (steps, effectiveOn) => {
          const t = await seededProvince();
          const earlier = addDays(effectiveOn, -1);
          const ask = () =>
            Promise.all([
              t.api.compliance.matrix({ rootId: t.province.id, asOf: earlier }),
              t.api.compliance.matrix({ rootId: t.province.id, asOf: '2025-12-31' }),
              provinceTree(handle.db, t.province.id, earlier),
            ]);
          const before = figures(await ask());
          const rowsBefore = await holdings();
          const input: ReorganisationInput = {
            effectiveOn,
            title: 'Sắp xếp ngẫu nhiên',
            legalBasis: {},
            steps: steps.map((make) => make(t)),
          };
          const preview = await t.api.reorganisations.preview(input);
          if (preview.ok) {
            await t.api.reorganisations.applyAll({
              reorganisation: input,
              versions: preview.versions,
            });
          }
          expect(figures(await ask())).toEqual(before);
          expect(await holdings()).toEqual(rowsBefore);
        },
      ),
      { numRuns: 8 },
    );
  }, 240_000);
});
