// The columns of each record kind's sheet: header in both languages, width, type, and
// the row's value. Yes/no reads as words; dates stay ISO for the writers to type.
import type { Lang, RecordKind } from '@lantoa/domain';
import type { Cell, SheetColumn } from './sheet.js';

type Row = Record<string, unknown>;
export interface RecordColumn extends SheetColumn {
  value: (row: Row, lang: Lang) => Cell;
}

const field =
  (name: string) =>
  (row: Row): Cell => {
    const v = row[name];
    return v === undefined || v === null ? null : typeof v === 'number' ? v : String(v);
  };
const yesNo = (name: string) => (row: Row, lang: Lang) =>
  row[name] ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
const c = (
  vi: string,
  en: string,
  width: number,
  value: RecordColumn['value'],
  type?: SheetColumn['type'],
): RecordColumn => ({ header: { vi, en }, width, value, ...(type ? { type } : {}) });

const HELD = [
  c('Ngày tổ chức', 'Held on', 14, field('held_on'), 'date'),
  c('Tiêu đề', 'Title', 50, field('title')),
  c('Số người tham gia', 'Participants', 14, field('participants'), 'number'),
];

export const RECORD_COLUMNS: Record<RecordKind, RecordColumn[]> = {
  training_course: [...HELD, c('Cấp tổ chức', 'Level', 14, field('level'))],
  code_of_conduct_session: HELD,
  communication_staff: [
    c('Họ và tên', 'Name', 30, field('name')),
    c('Sử dụng điện thoại thông minh', 'Smartphone skills', 16, yesNo('has_smartphone_skill')),
    c('Từ ngày', 'Since', 14, field('since'), 'date'),
    c('Đến ngày', 'Until', 14, field('until'), 'date'),
  ],
  facebook_page: [
    c('Tên trang', 'Page name', 36, field('name')),
    c('Địa chỉ', 'URL', 44, field('url')),
    c('Fanpage', 'Fanpage', 10, yesNo('is_fanpage')),
    c('Ngày tạo', 'Created on', 14, field('created_on'), 'date'),
    c('Bài đăng gần nhất', 'Last post', 14, field('last_post_on'), 'date'),
    c('Số bài gần đây', 'Recent posts', 12, field('recent_post_count'), 'number'),
    c('Ngày kiểm tra', 'Checked on', 14, field('last_checked_on'), 'date'),
  ],
  publication: [
    c('Tiêu đề', 'Title', 50, field('title')),
    c('Bộ ấn phẩm', 'Series', 22, field('series')),
    c('Loại', 'Kind', 14, field('kind')),
    c('Ngày phát hành', 'Published on', 14, field('published_on'), 'date'),
    c('Địa chỉ', 'URL', 40, field('url')),
  ],
  app_milestone: [
    c('Mốc', 'Milestone', 18, field('milestone')),
    c('Ngày đạt', 'Reached on', 14, field('reached_on'), 'date'),
    c('Ghi chú', 'Note', 50, field('note')),
  ],
  campaign_participation: [
    c('Chiến dịch, cuộc thi', 'Campaign or contest', 50, field('campaign_title')),
    c('Ngày tham gia', 'Took part on', 14, field('participated_on'), 'date'),
    c('Minh chứng', 'Evidence', 40, field('evidence_url')),
  ],
};

export const RECORD_KIND_TITLES: Record<RecordKind, { vi: string; en: string }> = {
  training_course: { vi: 'Lớp tập huấn', en: 'Training courses' },
  code_of_conduct_session: { vi: 'Quán triệt Bộ Quy tắc ứng xử', en: 'Code of Conduct sessions' },
  communication_staff: { vi: 'Cán bộ truyền thông', en: 'Communication staff' },
  facebook_page: { vi: 'Trang Facebook', en: 'Facebook pages' },
  publication: { vi: 'Ấn phẩm', en: 'Publications' },
  app_milestone: { vi: 'Mốc ứng dụng', en: 'App milestones' },
  campaign_participation: { vi: 'Tham gia chiến dịch', en: 'Campaign participation' },
};
