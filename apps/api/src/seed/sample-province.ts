// Demo only: a second, small province beside Kiên Giang, so that provinces as tenants
// show (decision 20). Cà Mau is a real province; its chapters here are invented and
// marked "(mẫu)". It has its own administrator and cadre, runs a template copy of plan
// 48, and a Central (Trung ương Hội) account reads both provinces without writing.
import { BASE_PLAN } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type SeedUnit, TRACKED_SINCE } from './kien-giang.js';
import { seedUnits } from './seed-units.js';

type Ids = Map<string, string>;

export const SAMPLE_PROVINCE_UNITS: SeedUnit[] = [
  {
    code: 'cm',
    name: 'Hội Chữ thập đỏ tỉnh Cà Mau (mẫu)',
    kind: 'province',
    parent: null,
    isSample: true,
  },
  {
    code: 'cm-an-xuyen',
    name: 'Hội CTĐ phường An Xuyên (mẫu)',
    kind: 'commune',
    parent: 'cm',
    isSample: true,
  },
  {
    code: 'cm-tan-thanh',
    name: 'Hội CTĐ xã Tân Thành (mẫu)',
    kind: 'commune',
    parent: 'cm',
    isSample: true,
  },
  {
    code: 'cm-an-xuyen-khom-1',
    name: 'Chi hội CTĐ khóm 1 (mẫu)',
    kind: 'grassroots',
    parent: 'cm-an-xuyen',
    isSample: true,
  },
];

/** The sample province's plan: a template copy of plan 48, edited by its own amendments. */
export const SAMPLE_PROVINCE_PLAN_ID = 'KH-CTĐCM-mau';

export const SAMPLE_PROVINCE_ACCOUNTS = [
  {
    email: 'admin.camau@demo.lantoa.vn',
    name: 'Quản trị viên Cà Mau (demo)',
    role: 'admin',
    unit: 'cm',
  },
  {
    email: 'cadre.cm-an-xuyen@demo.lantoa.vn',
    name: 'Cán bộ phường An Xuyên (demo)',
    role: 'cadre',
    unit: 'cm-an-xuyen',
  },
  {
    email: 'trunguong@demo.lantoa.vn',
    name: 'Trung ương Hội (demo)',
    role: 'national',
    // Central has no unit of its own here: its account sits at the demo's province of
    // today (replaced below by Kiên Giang when the demo stops before the reform).
    unit: 'ag',
  },
] as const;

export async function seedSampleProvince(
  trx: Kysely<Database>,
  ids: Ids,
  options: { demoPasswordHash: string },
) {
  const seeded = await seedUnits(trx, SAMPLE_PROVINCE_UNITS);
  for (const [code, id] of seeded) ids.set(code, id);
  // The demo's own province today: An Giang after the 2025 reform, else Kiên Giang.
  const home = ids.get('ag') ?? (ids.get('kg') as string);
  const unit = (code: string) => (code === 'ag' ? home : (ids.get(code) as string));
  // What the demo seeded before provinces were tenants is its province's: the ambassadors
  // and the campaigns it organised (Central's campaigns stay Central's).
  await trx
    .updateTable('ambassadors')
    .set({ province_id: home })
    .where('province_id', 'is', null)
    .execute();
  await trx
    .updateTable('campaigns')
    .set({ province_id: home })
    .where('province_id', 'is', null)
    .where('organiser', '=', 'province')
    .execute();
  await trx
    .insertInto('plan_adoptions')
    .values([
      { province_id: unit('kg'), plan_id: BASE_PLAN.id, adopted_on: TRACKED_SINCE },
      {
        province_id: unit('cm'),
        plan_id: SAMPLE_PROVINCE_PLAN_ID,
        template_plan_id: BASE_PLAN.id,
        adopted_on: TRACKED_SINCE,
      },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  await trx
    .insertInto('users')
    .values(
      SAMPLE_PROVINCE_ACCOUNTS.map((a) => ({
        email: a.email,
        name: a.name,
        role: a.role,
        unit_id: unit(a.unit),
        password_hash: options.demoPasswordHash,
      })),
    )
    .execute();
}
