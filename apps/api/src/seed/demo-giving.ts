// The demo's public channels (decisions 26, 28): one appeal of An Giang's phường Rạch Giá
// chapter with a gift received and a disbursement, and two registration drives (a
// blood-donation day, volunteers for the flood season), so the partner demo page
// (/demo/partner.html) shows all three elements working. Dates follow the demo's today.
import { randomBytes } from 'node:crypto';
import { addDays, type IsoDate, newPledgeReference } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Ids = Map<string, string>;

export const DEMO_APPEAL_CODE = 'ag-lu-lut-2026';
export const DEMO_DRIVE_CODES = { blood: 'ag-hien-mau-2026', volunteer: 'ag-tnv-mua-lu' } as const;

export async function seedDemoGiving(trx: Kysely<Database>, ids: Ids, today: IsoDate) {
  const unitId = ids.get('ag-rach-gia') as string;
  const appeal = await trx
    .insertInto('appeals')
    .values({
      unit_id: unitId,
      code: DEMO_APPEAL_CODE,
      title: 'Chung tay hỗ trợ bà con vùng lũ',
      story:
        'Mưa lũ kéo dài làm hàng trăm hộ dân phường Rạch Giá bị ngập. Mỗi phần đóng góp giúp bà con có lương thực, nước sạch và sửa lại mái nhà.',
      target_amount: 200_000_000,
      starts_on: addDays(today, -10),
      ends_on: addDays(today, 50),
      bank_bin: '970405',
      account_number: '7700201001234',
      account_name: 'HOI CHU THAP DO PHUONG RACH GIA',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('pledges')
    .values({
      appeal_id: appeal.id,
      reference: newPledgeReference((n) => randomBytes(n)),
      amount: 2_000_000,
      display_name: 'Cửa hàng Minh Phát',
      contact_email: 'minhphat@example.vn',
      consent_version: 'giving-2026-01',
      received_amount: 2_000_000,
      received_on: addDays(today, -3),
    })
    .execute();
  await trx
    .insertInto('disbursements')
    .values({
      appeal_id: appeal.id,
      spent_on: addDays(today, -1),
      recipient_group: 'Hộ dân khu phố 3 bị ngập',
      amount: 1_500_000,
      evidence_url: 'https://example.vn/bien-ban-trao-qua.pdf',
    })
    .execute();
  await trx
    .insertInto('registration_drives')
    .values([
      {
        unit_id: unitId,
        code: DEMO_DRIVE_CODES.blood,
        kind: 'blood-donation',
        title: 'Ngày hội Chủ nhật Đỏ',
        description: 'Mỗi giọt máu cho đi, một cuộc đời ở lại. Mang theo căn cước công dân.',
        starts_on: addDays(today, 14),
        ends_on: addDays(today, 14),
        place: 'Nhà văn hóa phường Rạch Giá',
        capacity: 150,
        is_open: true,
      },
      {
        unit_id: unitId,
        code: DEMO_DRIVE_CODES.volunteer,
        kind: 'volunteer',
        title: 'Tình nguyện viên mùa lũ',
        description: 'Phân loại, đóng gói và trao hàng cứu trợ cùng Hội.',
        starts_on: today,
        ends_on: addDays(today, 60),
        place: 'Trụ sở Hội Chữ thập đỏ phường Rạch Giá',
        capacity: null,
        is_open: true,
      },
    ])
    .execute();
}
