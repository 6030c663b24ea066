// One exported table, whatever the file format: a title saying what it shows and as of
// when, typed columns with headers in the user's language, and rows produced lazily so a
// large export streams instead of being built in memory.
import type { Bilingual, Lang } from '@lantoa/domain';

export type CellType = 'text' | 'date' | 'datetime' | 'number' | 'percent';

export interface SheetColumn {
  header: Bilingual;
  /** Width in characters. */
  width: number;
  type?: CellType;
}

/** Dates are ISO `YYYY-MM-DD` strings, datetimes ISO instants, percents shares in 0..1. */
export type Cell = string | number | null;

export interface Sheet {
  /** Base name of the download, without extension. */
  fileName: string;
  sheetName: string;
  /** "Ma trận chỉ tiêu — Hội CTĐ tỉnh … — tính đến ngày 31/12/2025". */
  title: string;
  columns: SheetColumn[];
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>;
}

export interface SheetOptions {
  lang: Lang;
}
