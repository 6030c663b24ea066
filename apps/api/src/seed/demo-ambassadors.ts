// Demo KOL ambassadors (invented people, marked as samples), each with the consent record
// the personal-data law asks for, and a few appearances.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Ids = Map<string, string>;

const AMBASSADORS = [
  {
    name: 'Ca sĩ Minh Thư (mẫu)',
    field: 'singer',
    channels: [
      { platform: 'Facebook', url: 'https://www.facebook.com/minhthu.demo', followers: 850_000 },
    ],
    email: 'minhthu.demo@example.vn',
    phone: '0901 234 567',
    units: [{ code: 'kg', program: 'Tháng Nhân đạo' }],
    appearances: [
      {
        on: '2025-05-08',
        event: 'Lễ phát động Tháng Nhân đạo 2025',
        kind: 'event',
        reach: 120_000,
      },
    ],
  },
  {
    name: 'VĐV Trần Quốc Huy (mẫu)',
    field: 'athlete',
    channels: [
      { platform: 'TikTok', url: 'https://www.tiktok.com/@quochuy.demo', followers: 310_000 },
    ],
    email: 'quochuy.demo@example.vn',
    phone: '0912 345 678',
    units: [{ code: 'kg-phu-quoc', program: 'Hiến máu tình nguyện' }],
    appearances: [
      { on: '2026-01-12', event: 'Chủ nhật Đỏ Phú Quốc', kind: 'event', reach: 45_000 },
    ],
  },
];

export async function seedDemoAmbassadors(trx: Kysely<Database>, ids: Ids) {
  for (const a of AMBASSADORS) {
    const row = await trx
      .insertInto('ambassadors')
      .values({
        name: a.name,
        field: a.field,
        channels: JSON.stringify(a.channels),
        contact_email: a.email,
        contact_phone: a.phone,
        status: 'active',
        term_from: '2025-01-01',
        term_to: '2027-12-31',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('ambassador_units')
      .values(
        a.units.map((u) => ({
          ambassador_id: row.id,
          unit_id: ids.get(u.code) as string,
          program: u.program,
        })),
      )
      .execute();
    await trx
      .insertInto('ambassador_consents')
      .values({
        ambassador_id: row.id,
        purpose: 'Sử dụng họ tên, hình ảnh và kênh mạng xã hội trong truyền thông của Hội',
        consented_on: '2024-12-20',
        document_ref: 'Phiếu đồng ý xử lý dữ liệu cá nhân (mẫu)',
      })
      .execute();
    await trx
      .insertInto('ambassador_appearances')
      .values(
        a.appearances.map((p) => ({
          ambassador_id: row.id,
          appeared_on: p.on,
          event: p.event,
          kind: p.kind,
          reach: p.reach,
        })),
      )
      .execute();
  }
}
