// Factories: each test builds exactly the rows it needs.

import { randomBytes } from 'node:crypto';
import type { Role } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';

type Kind =
  | 'province'
  | 'province_board'
  | 'district'
  | 'commune'
  | 'grassroots_province'
  | 'grassroots';

let counter = 0;
const uniq = () => `${++counter}-${randomBytes(3).toString('hex')}`;

export async function createUnit(
  db: Kysely<Database>,
  input: {
    kind: Kind;
    parentId?: string | null;
    code?: string;
    name?: string;
    openedOn?: string;
    closedOn?: string | null;
  },
) {
  const unit = await db
    .insertInto('units')
    .values({
      code: input.code ?? `u-${uniq()}`,
      name: input.name ?? `Đơn vị ${counter}`,
      kind: input.kind,
      opened_on: input.openedOn ?? '2022-01-01',
      closed_on: input.closedOn ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.parentId) {
    await db
      .insertInto('unit_links')
      .values({ unit_id: unit.id, parent_id: input.parentId, valid_from: unit.opened_on })
      .execute();
  }
  return unit;
}

/** A small province: root, a board, two districts each with one grassroots unit. */
export async function createProvince(db: Kysely<Database>) {
  const province = await createUnit(db, { kind: 'province', code: `p-${uniq()}` });
  const board = await createUnit(db, { kind: 'province_board', parentId: province.id });
  const districtA = await createUnit(db, { kind: 'district', parentId: province.id });
  const districtB = await createUnit(db, { kind: 'district', parentId: province.id });
  const communeA = await createUnit(db, { kind: 'grassroots', parentId: districtA.id });
  const communeB = await createUnit(db, { kind: 'grassroots', parentId: districtB.id });
  return { province, board, districtA, districtB, communeA, communeB };
}

/** The province runs `planId` by adoption, as a province must before amending a plan
 *  (decision 32). Plan 48 by default: the province plays An Giang, whose plan it is (one
 *  province per database may run it); another number is a template copy of plan 48. */
export async function adoptPlanFor(
  db: Kysely<Database>,
  provinceId: string,
  planId = '48/KH-CTĐKG',
) {
  await db
    .insertInto('plan_adoptions')
    .values({
      province_id: provinceId,
      plan_id: planId,
      template_plan_id: planId === '48/KH-CTĐKG' ? null : '48/KH-CTĐKG',
      adopted_on: '2022-01-01',
    })
    .execute();
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'Lan-Toa-test-2025';

export async function createUser(
  db: Kysely<Database>,
  input: {
    role: Role;
    unitId: string;
    email?: string;
    isDisabled?: boolean;
  },
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return db
    .insertInto('users')
    .values({
      email: input.email ?? `user-${uniq()}@test.lantoa.vn`,
      name: `Người dùng ${counter}`,
      role: input.role,
      unit_id: input.unitId,
      password_hash: await cachedHash,
      is_disabled: input.isDisabled ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A complete official report (Decree 30) for a unit, as the form sends it. */
export const officialReportInput = (unitId: string, change: Record<string, unknown> = {}) => ({
  unitId,
  kind: 'annual' as const,
  year: 2025,
  number: '15/BC-CTĐ',
  place: 'An Giang',
  issuedOn: '2026-01-05',
  signingAuthority: 'TM. BAN THƯỜNG VỤ',
  signerTitle: 'Chủ tịch',
  signerName: 'Nguyễn Thị Minh Hạnh',
  recipients: ['Trung ương Hội CTĐ Việt Nam', 'Thường trực Tỉnh ủy'],
  assessment: 'Các đơn vị đã triển khai nghiêm túc.\nCòn một số đơn vị chậm.',
  proposals: 'Đề nghị Trung ương hỗ trợ tập huấn.',
  ...change,
});
