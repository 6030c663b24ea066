// One row of an official list (old code → new code, name, kind, parent), checked on its
// own: each problem names its row and column. Headers and kinds may be written in
// Vietnamese or English, with or without diacritics.
import { foldVietnamese } from '../rules/facebook.js';
import { ZName, ZUnitCode } from '../schemas.js';
import { type Bilingual, UNIT_KINDS, type UnitKind } from '../types.js';
import { UNIT_KIND_LABELS } from '../unit-kinds.js';

export const IMPORT_COLUMNS = ['oldCode', 'newCode', 'name', 'kind', 'parent'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Accepted header spellings, folded (no diacritics, lower case, single spaces). */
const HEADERS: Record<ImportColumn, string[]> = {
  oldCode: ['ma cu', 'old code', 'old_code', 'ma don vi cu'],
  newCode: ['ma moi', 'new code', 'new_code', 'ma don vi moi'],
  name: ['ten', 'name', 'ten don vi', 'ten moi'],
  kind: ['cap', 'kind', 'loai', 'cap don vi', 'loai don vi'],
  parent: ['cap tren', 'parent', 'ma cap tren', 'don vi cap tren', 'parent code'],
};

export interface ImportRow {
  /** The row's number in the file, the header being row 1. */
  row: number;
  oldCode: string;
  newCode: string;
  name: string;
  kind: string;
  parent: string;
}

export interface ImportRowError {
  row: number;
  column: ImportColumn | null;
  message: Bilingual;
}

const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ').trim();

/** Maps a header row to columns; an unknown or missing header is an error of row 1. */
export function readHeader(cells: string[]): Map<ImportColumn, number> | ImportRowError {
  const at = new Map<ImportColumn, number>();
  cells.forEach((cell, index) => {
    const column = IMPORT_COLUMNS.find((c) => HEADERS[c].includes(fold(cell)));
    if (column && !at.has(column)) at.set(column, index);
  });
  const missing = IMPORT_COLUMNS.filter((c) => !at.has(c));
  if (missing.length === 0) return at;
  return {
    row: 1,
    column: missing[0] ?? null,
    message: {
      vi: `Thiếu cột: ${missing.join(', ')} (cần: mã cũ, mã mới, tên, cấp, cấp trên)`,
      en: `Missing columns: ${missing.join(', ')} (expected: old code, new code, name, kind, parent)`,
    },
  };
}

export function parseKind(text: string): UnitKind | null {
  const folded = fold(text);
  return (
    UNIT_KINDS.find(
      (k) =>
        k === text.trim() ||
        fold(UNIT_KIND_LABELS[k].vi) === folded ||
        fold(UNIT_KIND_LABELS[k].en) === folded,
    ) ?? null
  );
}

const error = (
  row: number,
  column: ImportColumn | null,
  vi: string,
  en: string,
): ImportRowError => ({
  row,
  column,
  message: { vi, en },
});

/** Problems of a row taken alone: codes well formed, what a new unit needs is there. */
export function rowProblems(r: ImportRow): ImportRowError[] {
  const out: ImportRowError[] = [];
  if (!r.oldCode && !r.newCode) {
    return [
      error(
        r.row,
        'oldCode',
        'Dòng không có mã cũ lẫn mã mới',
        'The row has neither an old nor a new code',
      ),
    ];
  }
  for (const column of ['oldCode', 'newCode', 'parent'] as const) {
    if (r[column] && !ZUnitCode.safeParse(r[column]).success) {
      out.push(
        error(r.row, column, `Mã không hợp lệ: "${r[column]}"`, `Invalid code: "${r[column]}"`),
      );
    }
  }
  if (!r.newCode) return out;
  if (!ZName.safeParse(r.name).success) {
    out.push(
      error(
        r.row,
        'name',
        'Thiếu tên đơn vị (hoặc tên không hợp lệ)',
        'The unit name is missing or invalid',
      ),
    );
  }
  if (r.kind && !parseKind(r.kind)) {
    out.push(
      error(r.row, 'kind', `Cấp đơn vị không rõ: "${r.kind}"`, `Unknown unit kind: "${r.kind}"`),
    );
  }
  return out;
}

export const rowError = error;
