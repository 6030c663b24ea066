// Writes a Sheet as .xlsx through exceljs's streaming writer (rows are committed as they
// come, shared strings off, so memory stays flat however many rows), or as CSV in UTF-8
// with a BOM so Excel reads the Vietnamese text. The .xlsx has the title in row 1, the
// headers in row 2 frozen with auto-filters, and dates as real dates shown dd/mm/yyyy.
import type { Writable } from 'node:stream';
import { formatDateVi, type Lang } from '@lantoa/domain';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../lazy-libraries.js';
import type { Cell, CellType, Sheet } from './sheet.js';

const HEADER_ROW = 2;
const NUM_FMT: Partial<Record<CellType, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  percent: '0%',
};
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** Excel has no time zones: a datetime is written as the wall clock in Vietnam. */
function toExcel(value: Cell, type: CellType | undefined): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (type === 'datetime' && typeof value === 'string')
    return new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS);
  return value;
}

function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export async function writeXlsx(sheet: Sheet, lang: Lang, out: Writable): Promise<void> {
  const Excel = await loadExcel();
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    // Fast deflate: a third quicker than the default for a file that is still small (~300 KB
    // for 3,000 units), and the API's CPU is what the budget measures.
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Lan Tỏa';
  const last = columnLetter(sheet.columns.length);
  const ws = workbook.addWorksheet(sheet.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  ws.autoFilter = `A${HEADER_ROW}:${last}${HEADER_ROW}`;
  ws.columns = sheet.columns.map((c) => ({
    width: c.width,
    style: NUM_FMT[c.type ?? 'text'] ? { numFmt: NUM_FMT[c.type ?? 'text'] } : {},
  }));
  const title = ws.addRow([sheet.title]);
  title.font = { bold: true, size: 13 };
  title.commit();
  const header = ws.addRow(sheet.columns.map((c) => c.header[lang]));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.commit();
  for await (const row of sheet.rows) {
    ws.addRow(row.map((value, i) => toExcel(value, sheet.columns[i]?.type))).commit();
  }
  ws.commit();
  await workbook.commit();
}

/** Excel would run a cell starting with = + - @ as a formula (CSV injection): quote it. */
function csvField(value: Cell, type: CellType | undefined): string {
  let text = value === null ? '' : String(value);
  if (type === 'date' && text) text = formatDateVi(text);
  if (type === 'datetime' && text) {
    const wall = new Date(new Date(text).getTime() + VIETNAM_OFFSET_MS).toISOString();
    text = `${formatDateVi(wall.slice(0, 10))} ${wall.slice(11, 16)}`;
  }
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const waitDrain = (out: Writable) => new Promise<void>((resolve) => out.once('drain', resolve));

/** CSV is the data only, headers first, so it opens cleanly anywhere; the file name says
 *  what and when. */
export async function writeCsv(sheet: Sheet, lang: Lang, out: Writable): Promise<void> {
  const line = (cells: string[]) => `${cells.join(',')}\r\n`;
  out.write(`\uFEFF${line(sheet.columns.map((c) => csvField(c.header[lang], 'text')))}`);
  for await (const row of sheet.rows) {
    const ok = out.write(line(row.map((v, i) => csvField(v, sheet.columns[i]?.type))));
    if (!ok) await waitDrain(out);
  }
}
