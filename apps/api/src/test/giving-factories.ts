// Appeals and pledges for tests, written straight to the tables (each test seeds its own).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

let counter = 0;

export async function createAppeal(
  db: Kysely<Database>,
  unitId: string,
  overrides: Partial<{ code: string; title: string; startsOn: string; endsOn: string }> = {},
) {
  counter += 1;
  return db
    .insertInto('appeals')
    .values({
      unit_id: unitId,
      code: overrides.code ?? `vd-${Date.now().toString(36)}-${counter}`,
      title: overrides.title ?? 'Ủng hộ đồng bào lũ lụt miền Trung',
      story: 'Mưa lũ lớn đã gây thiệt hại nặng nề cho bà con.',
      target_amount: 500_000_000,
      starts_on: overrides.startsOn ?? '2020-01-01',
      ends_on: overrides.endsOn ?? '2099-12-31',
      bank_bin: '970436',
      account_number: '0011001234567',
      account_name: 'HOI CHU THAP DO TINH AN GIANG',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createDrive(
  db: Kysely<Database>,
  unitId: string,
  overrides: Partial<{
    code: string;
    capacity: number | null;
    isOpen: boolean;
    endsOn: string;
  }> = {},
) {
  counter += 1;
  return db
    .insertInto('registration_drives')
    .values({
      unit_id: unitId,
      code: overrides.code ?? `hm-${Date.now().toString(36)}-${counter}`,
      kind: 'blood-donation',
      title: 'Ngày hội hiến máu tình nguyện',
      description: 'Mỗi giọt máu cho đi, một cuộc đời ở lại.',
      starts_on: '2026-12-05',
      ends_on: overrides.endsOn ?? '2099-12-31',
      place: 'Nhà văn hóa phường Rạch Giá',
      capacity: overrides.capacity === undefined ? 50 : overrides.capacity,
      is_open: overrides.isOpen ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
