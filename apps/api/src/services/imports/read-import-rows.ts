// Reads an uploaded .xlsx made from the template: row 1 is the title, row 2 the headers
// (matched by text, Vietnamese or English, so columns may be moved), data from row 3.
// Cells become the values the record schema expects; what cannot be read is an error
// naming the row and column, never a guess.
import { type Bilingual, formatDateVi, parseDateVi } from '@lantoa/domain';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lazy-libraries.js';
import type { CellReader, ImportColumn } from './import-kinds.js';

export const FIRST_DATA_ROW = 3;
/** A file of the province's size fits easily; a bigger one is a mistake, said early. */
export const MAX_IMPORT_ROWS = 5000;

export interface RowError {
  row: number;
  column: string;
  reason: Bilingual;
}

export interface ImportRow {
  row: number;
  values: Record<string, unknown>;
}

const BAD_DATE = { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Not a date (dd/mm/yyyy).' };
const BAD_COUNT = {
  vi: 'Phải là số nguyên từ 0 trở lên.',
  en: 'Must be a whole number, 0 or more.',
};
const BAD_YES_NO = { vi: 'Ghi “Có” hoặc “Không”.', en: 'Write “Có” (yes) or “Không” (no).' };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDateVi(value.toISOString().slice(0, 10));
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

/** A cell as the schema's value, or the reason it cannot be one. */
function readCell(
  value: ExcelJS.CellValue,
  reader: CellReader,
): { ok: unknown } | { error: Bilingual } {
  const text = cellText(value).trim();
  switch (reader) {
    case 'text':
      return { ok: text };
    case 'date':
    case 'optionalDate': {
      if (text === '' && reader === 'optionalDate') return { ok: null };
      // Excel keeps a date as a date (read at UTC midnight), a typed one as text.
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : parseDateVi(text);
      return iso ? { ok: iso } : { error: BAD_DATE };
    }
    case 'count':
      return /^\d{1,9}$/.test(text) ? { ok: Number(text) } : { error: BAD_COUNT };
    case 'yesNo': {
      const word = text.toLocaleLowerCase('vi');
      if (['có', 'co', 'yes', 'x', 'true', '1'].includes(word)) return { ok: true };
      if (['không', 'khong', 'no', '', 'false', '0'].includes(word)) return { ok: false };
      return { error: BAD_YES_NO };
    }
  }
}

export async function readImportRows(data: Buffer, columns: ImportColumn[]) {
  const errors: RowError[] = [];
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      errors: [
        fileError({ vi: 'Tệp không phải .xlsx đọc được.', en: 'Not a readable .xlsx file.' }),
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return {
      rows: [],
      errors: [fileError({ vi: 'Tệp không có trang tính.', en: 'The file has no sheet.' })],
    };
  const headerRow = sheet.getRow(FIRST_DATA_ROW - 1);
  const at = new Map<string, number>();
  headerRow.eachCell((cell, n) => at.set(cellText(cell.value).trim().toLocaleLowerCase('vi'), n));
  const position = columns.map(
    (c) =>
      at.get(c.header.vi.toLocaleLowerCase('vi')) ?? at.get(c.header.en.toLocaleLowerCase('vi')),
  );
  columns.forEach((c, i) => {
    if (position[i] === undefined)
      errors.push({
        row: FIRST_DATA_ROW - 1,
        column: c.header.vi,
        reason: {
          vi: 'Thiếu cột này; hãy dùng tệp mẫu.',
          en: 'This column is missing; use the template.',
        },
      });
  });
  if (errors.length > 0) return { rows: [], errors };
  const rows: ImportRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = position.map((p) => row.getCell(p as number).value);
    if (cells.every((v) => cellText(v).trim() === '')) continue;
    if (rows.length >= MAX_IMPORT_ROWS) {
      errors.push({
        row: r,
        column: '',
        reason: {
          vi: `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi tệp.`,
          en: `At most ${MAX_IMPORT_ROWS} rows a file.`,
        },
      });
      break;
    }
    const values: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const read = readCell(cells[i] ?? null, c.read);
      if ('ok' in read) values[c.field] = read.ok;
      else errors.push({ row: r, column: c.header.vi, reason: read.error });
    });
    rows.push({ row: r, values });
  }
  return { rows, errors };
}

const fileError = (reason: Bilingual): RowError => ({ row: 0, column: '', reason });
