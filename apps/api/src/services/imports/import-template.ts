// The template an import starts from: the export writer's layout (title in row 1, headers
// in row 2, data from row 3) with the import's columns and no rows.
import type { Lang } from '@lantoa/domain';
import type { Sheet } from '../exports/sheet.js';
import { IMPORT_COLUMNS, IMPORT_TITLES, type ImportKind } from './import-kinds.js';

export function importTemplate(kind: ImportKind, lang: Lang): Sheet {
  const what = IMPORT_TITLES[kind][lang];
  const title =
    lang === 'vi'
      ? `Mẫu nhập ${what}: điền từ dòng 3, ngày dạng dd/mm/yyyy, mã đơn vị như trên trang Đơn vị`
      : `Import template, ${what}: fill in from row 3, dates as dd/mm/yyyy, unit codes as on the Units page`;
  return {
    fileName: lang === 'vi' ? `Mẫu nhập - ${what}` : `Import template - ${what}`,
    sheetName: what,
    title,
    columns: IMPORT_COLUMNS[kind].map((c) => ({ header: c.header, width: c.width, type: 'text' })),
    rows: [],
  };
}
