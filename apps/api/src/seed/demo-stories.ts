// Demo stories for the public feed ("Người tốt việc thiện"); bodies use only allowed tags.
// Published after the 1 July 2025 reform, so by An Giang's units.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Ids = Map<string, string>;

const STORIES = [
  {
    unit: 'ag',
    slug: 'ba-tu-va-bep-an-nhan-ai',
    title: 'Bà Tư và gian bếp ăn nhân ái ở Rạch Giá',
    summary:
      'Mười năm qua, gian bếp nhỏ của bà Tư nấu hơn 200 suất cơm miễn phí mỗi ngày cho bệnh nhân nghèo.',
    body: '<p>Mỗi sáng lúc 4 giờ, <strong>bà Tư</strong> đã nhóm bếp.</p><p>Gian bếp nấu hơn 200 suất cơm mỗi ngày cho bệnh nhân và người nhà tại Bệnh viện Đa khoa tỉnh.</p>',
    publishedAt: '2026-10-02T02:00:00Z',
    tags: ['người tốt việc thiện'],
  },
  {
    unit: 'ag',
    slug: 'minh-bach-cuu-tro-bao-so-3',
    title: 'Công khai tiếp nhận và phân bổ hàng cứu trợ sau bão số 3',
    summary:
      'Hội CTĐ tỉnh công khai danh sách 1.250 hộ dân được hỗ trợ và tổng số tiền, hàng đã phân bổ.',
    body: '<p>Toàn bộ danh sách được niêm yết công khai tại trụ sở và trên trang thông tin điện tử.</p><ul><li>1.250 hộ dân</li><li>2,4 tỷ đồng</li></ul>',
    publishedAt: '2026-09-15T02:00:00Z',
    tags: ['minh bạch', 'cứu trợ'],
  },
  {
    unit: 'ag',
    slug: 'hien-mau-tinh-nguyen-phu-quoc',
    title: 'Phú Quốc: 500 đơn vị máu trong ngày hội Chủ nhật Đỏ',
    summary: 'Thanh niên, du khách và người dân đảo ngọc cùng tham gia hiến máu tình nguyện.',
    body: '<p>Ngày hội <em>Chủ nhật Đỏ</em> năm nay thu về 500 đơn vị máu.</p>',
    publishedAt: '2026-08-20T02:00:00Z',
    tags: ['hiến máu'],
  },
  {
    unit: 'ag-rach-gia',
    slug: 'tinh-nguyen-vien-nhi-rach-gia',
    title: 'Những tình nguyện viên nhí ở phường Vĩnh Thanh Vân',
    summary: 'Các em học sinh góp tiền tiết kiệm mua áo phao cho bạn vùng sông nước.',
    body: '<p>Hơn 80 chiếc áo phao đã đến tay các em học sinh vùng ven biển.</p>',
    publishedAt: '2026-07-01T02:00:00Z',
    tags: ['người tốt việc thiện'],
  },
];

export async function seedDemoStories(trx: Kysely<Database>, ids: Ids) {
  await trx
    .insertInto('stories')
    .values([
      ...STORIES.map((s) => ({
        unit_id: ids.get(s.unit) as string,
        slug: s.slug,
        title: s.title,
        summary: s.summary,
        body_html: s.body,
        tags: JSON.stringify(s.tags),
        status: 'published' as const,
        published_at: s.publishedAt,
      })),
      {
        unit_id: ids.get('ag') as string,
        slug: 'ban-nhap-chuong-trinh-tet-nhan-ai',
        title: 'Chương trình Tết Nhân ái (bản nháp)',
        summary: 'Bản nháp, chưa xuất bản.',
        body_html: '<p>Đang biên tập.</p>',
        tags: JSON.stringify([]),
        status: 'draft' as const,
        published_at: null,
      },
    ])
    .execute();
}
