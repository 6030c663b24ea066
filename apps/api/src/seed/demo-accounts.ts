// Demo accounts and the reports they filed before the 1 July 2025 reform (reform-2025.ts
// then moves the accounts to An Giang's units). All share one password:
// LANTOA_DEMO_PASSWORD or a generated one that the start script prints.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { KIEN_GIANG_UNITS } from './kien-giang.js';

type Ids = Map<string, string>;

export const demoEmails = () => [
  'admin@demo.lantoa.vn',
  'reviewer@demo.lantoa.vn',
  'viewer@demo.lantoa.vn',
  ...KIEN_GIANG_UNITS.filter((u) => u.kind === 'district').map(
    (u) => `cadre.${u.code}@demo.lantoa.vn`,
  ),
];

export async function seedDemoAccounts(trx: Kysely<Database>, ids: Ids, passwordHash: string) {
  const unit = (code: string) => ids.get(code) as string;
  const districts = KIEN_GIANG_UNITS.filter((u) => u.kind === 'district');
  const users = await trx
    .insertInto('users')
    .values([
      {
        email: 'admin@demo.lantoa.vn',
        name: 'Quản trị viên (demo)',
        role: 'admin',
        unit_id: unit('kg'),
        password_hash: passwordHash,
      },
      {
        email: 'reviewer@demo.lantoa.vn',
        name: 'Ban Tuyên huấn (demo)',
        role: 'reviewer',
        unit_id: unit('kg-ban-tuyen-huan'),
        password_hash: passwordHash,
      },
      {
        email: 'viewer@demo.lantoa.vn',
        name: 'Người xem Rạch Giá (demo)',
        role: 'viewer',
        unit_id: unit('kg-rach-gia'),
        password_hash: passwordHash,
      },
      ...districts.map((d) => ({
        email: `cadre.${d.code}@demo.lantoa.vn`,
        name: `Cán bộ ${d.name.replace('Hội CTĐ ', '')} (demo)`,
        role: 'cadre' as const,
        unit_id: unit(d.code),
        password_hash: passwordHash,
      })),
    ])
    .returning(['id', 'email'])
    .execute();
  const userId = (email: string) => users.find((u) => u.email === email)?.id as string;
  const reviewer = userId('reviewer@demo.lantoa.vn');
  const report = (
    code: string,
    indicator: string,
    periodKey: string,
    status: 'draft' | 'submitted' | 'approved' | 'returned',
    note: string,
  ) => {
    const author = userId(`cadre.${code}@demo.lantoa.vn`);
    const isReviewed = status === 'approved' || status === 'returned';
    return {
      unit_id: unit(code),
      indicator,
      period_key: periodKey,
      status,
      claims_met: true,
      note,
      links: JSON.stringify([
        { url: `https://www.facebook.com/${code.replaceAll('-', '')}`, label: 'Minh chứng' },
      ]),
      submitted_at: status === 'draft' ? null : new Date('2025-06-20T03:00:00Z'),
      reviewed_at: isReviewed ? new Date('2025-06-25T03:00:00Z') : null,
      reviewed_by: isReviewed ? reviewer : null,
      review_comment:
        status === 'returned' ? 'Đề nghị bổ sung ảnh chụp các bài đăng gần nhất.' : null,
      created_by: author,
      updated_by: author,
    };
  };
  await trx
    .insertInto('reports')
    .values([
      report(
        'kg-an-minh',
        'CT-02',
        'by-2025',
        'submitted',
        'Đã cử 01 cán bộ tham gia lớp sản xuất nội dung bằng điện thoại.',
      ),
      report(
        'kg-go-quao',
        'CT-03',
        'by-2025',
        'submitted',
        'Trang Facebook đăng bài đều đặn hằng tuần.',
      ),
      report(
        'kg-kien-hai',
        'CT-05',
        '2025',
        'approved',
        'Tổ chức 01 lớp tập huấn ngày 12/05/2025.',
      ),
      report('kg-u-minh-thuong', 'CT-03', 'by-2025', 'returned', 'Đã lập trang Facebook.'),
      report('kg-giang-thanh', 'CT-01', '2022-2027', 'draft', 'Dự kiến quán triệt trong quý IV.'),
    ])
    .execute();
}
