// What each import reads: the template's columns (Vietnamese header, English header, the
// record field it fills, how its cell is read) for the record kinds the province keeps in
// spreadsheets. Every row names its unit by code; the domain's ZRecordInput judges it.
import type { Bilingual } from '@lantoa/domain';

export const IMPORT_KINDS = ['training_course', 'communication_staff', 'facebook_page'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type CellReader = 'text' | 'date' | 'optionalDate' | 'count' | 'yesNo';

export interface ImportColumn {
  header: Bilingual;
  /** The record field, or `unitCode`. */
  field: string;
  read: CellReader;
  width: number;
}

const UNIT: ImportColumn = {
  header: { vi: 'Mã đơn vị', en: 'Unit code' },
  field: 'unitCode',
  read: 'text',
  width: 20,
};
const col = (vi: string, en: string, field: string, read: CellReader, width = 16) => ({
  header: { vi, en },
  field,
  read,
  width,
});

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  training_course: [
    UNIT,
    col('Ngày tổ chức', 'Held on', 'heldOn', 'date'),
    col('Tiêu đề', 'Title', 'title', 'text', 50),
    col('Số người tham gia', 'Participants', 'participants', 'count'),
    col('Cấp tổ chức (province/district/grassroots)', 'Level', 'level', 'text', 22),
  ],
  communication_staff: [
    UNIT,
    col('Họ và tên', 'Name', 'name', 'text', 30),
    col(
      'Sử dụng điện thoại thông minh (Có/Không)',
      'Smartphone skills (Yes/No)',
      'hasSmartphoneSkill',
      'yesNo',
      20,
    ),
    col('Từ ngày', 'Since', 'since', 'date'),
    col('Đến ngày', 'Until', 'until', 'optionalDate'),
  ],
  facebook_page: [
    UNIT,
    col('Tên trang', 'Page name', 'name', 'text', 36),
    col('Địa chỉ', 'URL', 'url', 'text', 44),
    col('Fanpage (Có/Không)', 'Fanpage (Yes/No)', 'isFanpage', 'yesNo'),
    col('Ngày tạo', 'Created on', 'createdOn', 'date'),
    col('Bài đăng gần nhất', 'Last post', 'lastPostOn', 'optionalDate'),
    col('Số bài gần đây', 'Recent posts', 'recentPostCount', 'count'),
    col('Ngày kiểm tra', 'Checked on', 'lastCheckedOn', 'date'),
  ],
};

export const IMPORT_TITLES: Record<ImportKind, Bilingual> = {
  training_course: { vi: 'Lớp tập huấn', en: 'Training courses' },
  communication_staff: { vi: 'Cán bộ truyền thông', en: 'Communication staff' },
  facebook_page: { vi: 'Trang Facebook', en: 'Facebook pages' },
};
