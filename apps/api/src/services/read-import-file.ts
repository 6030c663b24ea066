// Reads an official list (CSV or Excel .xlsx) into rows of text: the first row is the
// header, blank rows are skipped, row numbers are the file's own so errors point at them.
// papaparse handles CSV quoting; exceljs reads the workbook's first sheet.
import type { ImportRow, ImportRowError } from '@lantoa/domain';
import { readHeader } from '@lantoa/domain';
import { loadExcel, loadPapa } from '../lazy-libraries.js';

export type FileRows = { ok: true; rows: ImportRow[] } | { ok: false; errors: ImportRowError[] };

const unreadable = (vi: string, en: string): FileRows => ({
  ok: false,
  errors: [{ row: 1, column: null, message: { vi, en } }],
});

function toRows(lines: { row: number; cells: string[] }[]): FileRows {
  const [header, ...data] = lines;
  if (!header) return unreadable('Tệp trống', 'The file is empty');
  const at = readHeader(header.cells);
  if (!(at instanceof Map)) return { ok: false, errors: [at] };
  const cell = (cells: string[], column: Parameters<typeof at.get>[0]) =>
    (cells[at.get(column) as number] ?? '').trim();
  return {
    ok: true,
    rows: data
      .filter((l) => l.cells.some((c) => c.trim() !== ''))
      .map((l) => ({
        row: l.row,
        oldCode: cell(l.cells, 'oldCode'),
        newCode: cell(l.cells, 'newCode'),
        name: cell(l.cells, 'name'),
        kind: cell(l.cells, 'kind'),
        parent: cell(l.cells, 'parent'),
      })),
  };
}

async function readCsv(bytes: Buffer): Promise<FileRows> {
  const Papa = await loadPapa();
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return toRows(parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map(String) })));
}

async function readXlsx(bytes: Buffer): Promise<FileRows> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return unreadable('Không đọc được tệp Excel', 'The Excel file cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return unreadable('Tệp Excel không có trang tính', 'The workbook has no sheet');
  const lines: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(row.getCell(c).text ?? '');
    lines.push({ row: rowNumber, cells });
  });
  return toRows(lines);
}

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

export async function readImportFile(fileName: string, bytes: Buffer): Promise<FileRows> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || isZip(bytes)) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(bytes);
  return unreadable('Chỉ nhận tệp .csv hoặc .xlsx', 'Only .csv and .xlsx files are accepted');
}
