// A bank statement as rows to match: CSV (comma or semicolon, UTF-8 with or without BOM) or
// XLSX (the first sheet), read with papaparse and exceljs (as the unit-list import does). Columns are found by their
// headers as Vietnamese banks and their English exports name them (folded, so "Ngày giao
// dịch" and "NGAY GD" both read as a date); amounts accept 1.000.000 and 1,000,000 (đồng
// have no decimals); dates dd/MM/yyyy, yyyy-MM-dd or a spreadsheet date.
import { foldVietnamese, parseDateVi, type StatementRow } from '@lantoa/domain';
import { badRequest } from '../errors.js';
import { loadExcel, loadPapa } from '../lazy-libraries.js';

export const STATEMENT_MAX_BYTES = 2 * 1024 * 1024;
export const STATEMENT_MAX_ROWS = 5_000;

const COLUMNS = {
  date: [/^ngay/, /date/],
  amount: [/ghi co/, /credit/, /so tien/, /amount/],
  description: [/noi dung/, /dien giai/, /mo ta/, /description/, /remark/],
  bankReference: [/tham chieu/, /ma giao dich/, /so but toan/, /reference/, /transaction id/],
} as const;

type Column = keyof typeof COLUMNS;
const UNREADABLE = {
  vi: 'Không đọc được sao kê: cần các cột ngày, số tiền ghi có và nội dung',
  en: 'The statement cannot be read: it needs date, credit amount and description columns',
};

function findColumns(header: string[]): Record<Column, number> | null {
  const folded = header.map((h) => foldVietnamese(h).trim());
  const found = {} as Record<Column, number>;
  for (const [column, patterns] of Object.entries(COLUMNS) as [Column, readonly RegExp[]][]) {
    found[column] = folded.findIndex((h) => patterns.some((p) => p.test(h)));
  }
  const needed = [found.date, found.amount, found.description];
  // Three different columns: one cell naming them all is a line that was not split.
  return needed.some((i) => i < 0) || new Set(needed).size < 3 ? null : found;
}

function toDate(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value ?? '')
    .trim()
    .slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return parseDateVi(text);
}

function toAmount(value: unknown): number {
  if (typeof value === 'number') return Math.round(value);
  const text = String(value ?? '').trim();
  const digits = text.replace(/[^0-9]/g, '');
  return digits === '' ? 0 : (text.startsWith('-') ? -1 : 1) * Number(digits);
}

function cellText(value: unknown): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    return v.result ?? v.text ?? '';
  }
  return value;
}

async function readTable(fileName: string, bytes: Buffer): Promise<unknown[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new (await loadExcel()).Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map(cellText));
    });
    return rows;
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // A title line above the header may have neither: judge by the first lines together.
  const sample = text.slice(0, 4_096);
  const delimiter =
    (sample.match(/;/g)?.length ?? 0) > (sample.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parsed = (await loadPapa()).parse<string[]>(text, { delimiter, skipEmptyLines: true });
  return parsed.data.map((cells) => cells.map((c) => String(c).trim()));
}

export async function readBankStatement(fileName: string, bytes: Buffer): Promise<StatementRow[]> {
  if (bytes.length > STATEMENT_MAX_BYTES) {
    throw badRequest({ vi: 'Tệp sao kê lớn hơn 2 MB', en: 'The statement file is over 2 MB' });
  }
  let table: unknown[][];
  try {
    table = await readTable(fileName, bytes);
  } catch {
    throw badRequest(UNREADABLE);
  }
  // The header is the first row naming the needed columns (banks put a title above it).
  const headerAt = table.slice(0, 20).findIndex((r) => findColumns(r.map(String)) !== null);
  const columns = headerAt >= 0 ? findColumns((table[headerAt] ?? []).map(String)) : null;
  if (!columns) throw badRequest(UNREADABLE);
  const rows = table.slice(headerAt + 1, headerAt + 1 + STATEMENT_MAX_ROWS + 1);
  if (rows.length > STATEMENT_MAX_ROWS) {
    throw badRequest({ vi: 'Sao kê quá 5.000 dòng', en: 'The statement has over 5,000 rows' });
  }
  return rows.flatMap((row, i) => {
    const date = toDate(row[columns.date]);
    if (!date) return [];
    return [
      {
        rowNumber: headerAt + i + 2,
        date,
        amount: toAmount(row[columns.amount]),
        description: String(row[columns.description] ?? '').slice(0, 500),
        bankReference:
          columns.bankReference >= 0 ? String(row[columns.bankReference] ?? '') : undefined,
      },
    ];
  });
}
