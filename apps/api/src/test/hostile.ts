// Hostile values for property tests (fast-check): strings PostgreSQL cannot store or people
// should not see, dates outside the plan's era, numbers no count can be; a way to put one
// into an otherwise valid input; and a snapshot of every table's row count, to prove that
// a refusal stored nothing.
import { DATE_RANGE, isIsoDate } from '@lantoa/domain';
import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

const CORNER_STRINGS = [
  '\u0000',
  'tiêu đề\u0000',
  '\uD800',
  'nhãn \uDC00 lẻ',
  '\uDBFF\uDBFF',
  '\r\nSet-Cookie: a=b',
  '\u202Egpj.exe',
  '\u200F\u200Eمرحبا',
  "'); DROP TABLE reports; --",
  "' OR '1'='1",
  '$1::text',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&#0;&#xD800;&#1;',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  '%00',
  '   ',
  '',
  'Hội Chữ thập đỏ 🩸',
];

/** Strings with U+0000 or a lone surrogate somewhere: PostgreSQL cannot store either. */
export const unstorableString = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);

export const hostileString = fc.oneof(
  fc.constantFrom(...CORNER_STRINGS),
  unstorableString,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Longer than any limit, and & grows fivefold when sanitised.
  fc.constantFrom(201, 2_049, 100_001).map((n) => 'ạ'.repeat(n)),
  fc.constant('&'.repeat(60_000)),
);

export const hostileDate = fc.oneof(
  fc.constantFrom(
    '0100-01-01',
    '9999-12-31',
    '1999-12-31',
    '2101-01-01',
    '2025-02-30',
    '2025-13-01',
    '0000-00-00',
    '2025-01-01T00:00:00Z',
    '+275760-09-13',
    '01/02/2025',
  ),
  fc
    .date({ noInvalidDate: true, min: new Date(-5e13), max: new Date(2e13) })
    .map((d) => d.toISOString().slice(0, 10)),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(-5, -1, -1e308, 1e308, Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5),
  fc.constantFrom(2 ** 31, 2 ** 53 + 2, -(2 ** 31), Number.MIN_VALUE),
  fc.double(),
  fc.integer(),
);

/** Values of the wrong type altogether. */
export const wrongType = fc.constantFrom<unknown>(null, true, {}, [], ['a'], { $gt: '' });

type Path = (string | number)[];
export type LeafKind = 'string' | 'date' | 'number';
export interface Leaf {
  path: Path;
  kind: LeafKind;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Every string, date and number inside a valid input, with where it sits. */
export function leavesOf(value: unknown, path: Path = []): Leaf[] {
  if (typeof value === 'string')
    return [{ path, kind: DATE_SHAPE.test(value) ? 'date' : 'string' }];
  if (typeof value === 'number') return [{ path, kind: 'number' }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]));
  return [];
}

/** A copy of `value` with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...(value as object) };
  (copy as Record<string | number, unknown>)[head as string] = withLeaf(
    (value as Record<string | number, unknown>)[head as string],
    rest,
    replacement,
  );
  return copy;
}

/** A valid input with one leaf made hostile (or of the wrong type). */
export function corrupted(valid: unknown) {
  const leaves = leavesOf(valid);
  return fc.constantFrom(...leaves).chain((leaf) =>
    fc
      .oneof(
        {
          weight: 4,
          arbitrary:
            leaf.kind === 'date'
              ? hostileDate
              : leaf.kind === 'number'
                ? hostileNumber
                : hostileString,
        },
        { weight: 1, arbitrary: hostileString },
        { weight: 1, arbitrary: wrongType },
      )
      .map((value) => ({ leaf, value, input: withLeaf(valid, leaf.path, value) })),
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point
const LONE_OR_NUL = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when validation alone must refuse this value wherever it is put. */
export function mustBeRefused(leaf: Leaf, value: unknown): boolean {
  if (typeof value === 'string') {
    if (LONE_OR_NUL.test(value)) return true;
    if (leaf.kind === 'date')
      return !isIsoDate(value) || value < DATE_RANGE.from || value > DATE_RANGE.to;
    return false;
  }
  if (typeof value === 'number') return !Number.isFinite(value) || value < 0;
  return false;
}

/** The audit sealer's own tables: it fills them from audit_event (counted) at its own pace. */
export const SEALER_TABLES = ['audit_seal', 'audit_pending'];

/** Row counts of every table but `except`, in one query. */
export async function tableCounts(
  db: Kysely<Database>,
  except: string[] = [],
): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);
  const columns = tables.rows
    .filter((t) => !except.includes(t.name))
    .map((t) => sql`(SELECT count(*) FROM ${sql.id(t.name)})::int AS ${sql.id(t.name)}`);
  const result = await sql<Record<string, number>>`SELECT ${sql.join(columns)}`.execute(db);
  return result.rows[0] ?? {};
}

/** What a client would see of an error: no stack, no SQL, no driver text. */
export const LEAK =
  /\n\s+at |node_modules|\b(SELECT|INSERT|UPDATE|DELETE) |violates|syntax error|invalid byte sequence|invalid input syntax|unsupported Unicode|PGlite|ECONN/;
