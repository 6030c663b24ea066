// Reports the former districts' cadres filed for their commune-level chapters after the
// reform: one approved, some waiting for review, one returned, one draft, so the review
// queue and the dashboard of today show each.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Ids = Map<string, string>;

type Status = 'draft' | 'submitted' | 'approved' | 'returned';
const REPORTS: [
  cadreOf: string,
  unit: string,
  indicator: string,
  period: string,
  Status,
  string,
][] = [
  [
    'kg-an-minh',
    'ag-an-minh',
    'CT-03',
    'by-2025',
    'submitted',
    'Trang Facebook của Hội đăng tin hoạt động hằng tuần từ tháng 8/2025.',
  ],
  [
    'kg-giang-thanh',
    'ag-giang-thanh',
    'CT-02',
    'by-2025',
    'approved',
    'Cử 01 cán bộ dự lớp sản xuất nội dung bằng điện thoại (10/2025).',
  ],
  [
    'kg-u-minh-thuong',
    'ag-u-minh-thuong',
    'CT-05',
    '2025',
    'returned',
    'Tổ chức 01 lớp tập huấn cho chi hội.',
  ],
  [
    'kg-vinh-thuan',
    'ag-vinh-phong',
    'CT-01',
    '2022-2027',
    'submitted',
    'Đã quán triệt Bộ Quy tắc ứng xử tại hội nghị ngày 05/11/2025.',
  ],
  [
    'kg-kien-hai',
    'ag-kien-hai',
    'CT-04',
    'by-2026',
    'draft',
    'Đang chuẩn hóa tên Fanpage theo hướng dẫn.',
  ],
];

export async function seedAnGiangReports(trx: Kysely<Database>, ids: Ids) {
  const users = await trx.selectFrom('users').select(['id', 'email']).execute();
  const userId = (email: string) => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`demo seed: no account ${email}`);
    return user.id;
  };
  const reviewer = userId('reviewer@demo.lantoa.vn');
  await trx
    .insertInto('reports')
    .values(
      REPORTS.map(([cadreOf, unit, indicator, periodKey, status, note]) => {
        const author = userId(`cadre.${cadreOf}@demo.lantoa.vn`);
        const isReviewed = status === 'approved' || status === 'returned';
        return {
          unit_id: ids.get(unit) as string,
          indicator,
          period_key: periodKey,
          status,
          claims_met: true,
          note,
          links: JSON.stringify([
            { url: `https://www.facebook.com/${unit.replaceAll('-', '')}`, label: 'Minh chứng' },
          ]),
          submitted_at: status === 'draft' ? null : new Date('2025-11-20T03:00:00Z'),
          reviewed_at: isReviewed ? new Date('2025-11-25T03:00:00Z') : null,
          reviewed_by: isReviewed ? reviewer : null,
          review_comment:
            status === 'returned' ? 'Đề nghị bổ sung danh sách học viên và ảnh lớp học.' : null,
          created_by: author,
          updated_by: author,
        };
      }),
    )
    .execute();
}
