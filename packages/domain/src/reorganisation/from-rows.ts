// An official list turned into a reorganisation draft: several old codes → one new code
// is a merge, one old code → several new codes a split (its units go where their own rows
// put them), an old code with no new one is dissolved, a new code with no old one is
// created, a kept code with another name or parent is renamed or moved. Every problem is
// an error of the row it comes from; a draft exists only when there are none.
import type { IsoDate, UnitNode } from '../types.js';
import {
  type ImportRow,
  type ImportRowError,
  parseKind,
  rowError,
  rowProblems,
} from './import-rows.js';
import type { ReorganisationInput, ReorganisationStep } from './schema.js';
import { simulateReorganisation } from './simulate.js';

export interface DraftMeta {
  effectiveOn: IsoDate;
  title: string;
}

export type ImportResult =
  | { ok: true; reorganisation: ReorganisationInput }
  | { ok: false; errors: ImportRowError[] };

interface Draft {
  steps: ReorganisationStep[];
  /** The file row each step comes from, for naming an error. */
  rows: number[];
}

/** Problems against the tree of the date, for rows sound on their own (`all` for parents). */
function checkTreeRefs(
  rows: ImportRow[],
  all: ImportRow[],
  tree: Map<string, UnitNode>,
  taken: Set<string>,
) {
  const errors: ImportRowError[] = [];
  const newCodes = new Set(all.map((r) => r.newCode).filter(Boolean));
  const seen = new Map<string, ImportRow>();
  for (const r of rows) {
    if (r.oldCode && !tree.has(r.oldCode)) {
      errors.push(
        rowError(
          r.row,
          'oldCode',
          `Không có đơn vị mã ${r.oldCode} vào ngày hiệu lực`,
          `No unit with code ${r.oldCode} on the effective date`,
        ),
      );
    }
    if (!r.newCode) continue;
    const existing = tree.get(r.newCode);
    const kind = parseKind(r.kind);
    if (existing && kind && kind !== existing.kind) {
      errors.push(
        rowError(
          r.row,
          'kind',
          `Không đổi được cấp của đơn vị đã có ${r.newCode}`,
          `The kind of existing unit ${r.newCode} cannot change`,
        ),
      );
    }
    if (!existing && taken.has(r.newCode)) {
      errors.push(
        rowError(r.row, 'newCode', `Mã ${r.newCode} đã được dùng`, `Code ${r.newCode} is taken`),
      );
    }
    if (!existing && !r.kind) {
      errors.push(rowError(r.row, 'kind', 'Đơn vị mới cần có cấp', 'A new unit needs a kind'));
    }
    if (r.parent && !tree.has(r.parent) && !newCodes.has(r.parent)) {
      errors.push(
        rowError(
          r.row,
          'parent',
          `Không có đơn vị cấp trên mã ${r.parent}`,
          `No parent unit with code ${r.parent}`,
        ),
      );
    }
    if (!existing && !r.parent && kind !== 'province') {
      errors.push(
        rowError(r.row, 'parent', 'Đơn vị mới cần có đơn vị cấp trên', 'A new unit needs a parent'),
      );
    }
    const first = seen.get(r.newCode);
    if (first && (first.name !== r.name || first.kind !== r.kind || first.parent !== r.parent)) {
      errors.push(
        rowError(
          r.row,
          'name',
          `Mã ${r.newCode} được khai khác với dòng ${first.row}`,
          `Code ${r.newCode} differs from row ${first.row}`,
        ),
      );
    }
    if (!first) seen.set(r.newCode, r);
  }
  return errors;
}

/** Creations, splits and merges: the structure, before moves and renames are worked out. */
function structuralSteps(rows: ImportRow[], tree: Map<string, UnitNode>): Draft {
  const draft: Draft = { steps: [], rows: [] };
  const add = (step: ReorganisationStep, row: number) => {
    draft.steps.push(step);
    draft.rows.push(row);
  };
  const defOf = new Map<string, ImportRow>();
  for (const r of rows) if (r.newCode && !defOf.has(r.newCode)) defOf.set(r.newCode, r);
  // Old → new codes and back, indexed once: an official list has thousands of rows.
  const newsByOld = new Map<string, Set<string>>();
  const oldsByNew = new Map<string, Set<string>>();
  const link = (map: Map<string, Set<string>>, key: string, value: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const r of rows) {
    if (r.oldCode && r.newCode) link(newsByOld, r.oldCode, r.newCode);
    if (r.newCode && r.oldCode && r.oldCode !== r.newCode) link(oldsByNew, r.newCode, r.oldCode);
  }
  const newsOf = (old: string) => [...(newsByOld.get(old) ?? [])];
  const splitSources = [
    ...new Set(rows.map((r) => r.oldCode).filter((o) => o && newsOf(o).length > 1)),
  ];
  const isSplitSource = new Set(splitSources);
  const successors = new Set(splitSources.flatMap(newsOf));
  const sourcesOf = (code: string) =>
    [...(oldsByNew.get(code) ?? [])].filter((o) => !isSplitSource.has(o));
  const unitOf = (r: ImportRow) => ({
    code: r.newCode,
    name: r.name,
    kind: parseKind(r.kind) ?? 'grassroots',
    parentCode: r.parent || null,
  });
  const depth = (code: string, hops = 0): number => {
    const parent = defOf.get(code)?.parent;
    return parent && !tree.has(parent) && defOf.has(parent) && hops < 64
      ? depth(parent, hops + 1) + 1
      : 0;
  };
  const fresh = [...defOf.keys()]
    .filter((c) => !tree.has(c) && !successors.has(c))
    .sort((a, b) => depth(a) - depth(b));
  for (const code of fresh) {
    const r = defOf.get(code) as ImportRow;
    const sources = sourcesOf(code);
    const { name, kind, parentCode } = unitOf(r);
    if (sources.length === 0) add({ type: 'create', unit: unitOf(r) }, r.row);
    else add({ type: 'merge', sources, into: code, newUnit: { name, kind, parentCode } }, r.row);
  }
  for (const source of splitSources) {
    const into = newsOf(source).map((c) => unitOf(defOf.get(c) as ImportRow));
    const assignments = rows
      .filter((r) => r.oldCode && r.oldCode === r.newCode && into.some((u) => u.code === r.parent))
      .filter((r) => tree.get(r.oldCode)?.parentId === tree.get(source)?.id)
      .map((r) => ({ unit: r.oldCode, to: r.parent }));
    const row = rows.find((r) => r.oldCode === source) as ImportRow;
    add({ type: 'split', source, into, assignments }, row.row);
  }
  for (const code of [...defOf.keys()].filter((c) => tree.has(c) || successors.has(c))) {
    const sources = sourcesOf(code);
    if (sources.length > 0)
      add({ type: 'merge', sources, into: code }, (defOf.get(code) as ImportRow).row);
  }
  return draft;
}

export function reorganisationFromRows(
  rows: ImportRow[],
  units: readonly UnitNode[],
  meta: DraftMeta,
  takenCodes: readonly string[] = [],
): ImportResult {
  const tree = new Map(units.map((u) => [u.code, u]));
  const own = rows.flatMap(rowProblems);
  // A column already wrong on its own is not checked against the tree again.
  const flagged = new Set(own.map((e) => `${e.row}:${e.column}`));
  const against = checkTreeRefs(rows, rows, tree, new Set(takenCodes)).filter(
    (e) => !flagged.has(`${e.row}:${e.column}`),
  );
  const problems = [...own, ...against];
  problems.sort((a, b) => a.row - b.row);
  if (rows.length === 0)
    problems.push(rowError(1, null, 'Tệp không có dòng dữ liệu nào', 'The file has no data rows'));
  if (problems.length > 0) return { ok: false, errors: problems };
  const draft = structuralSteps(rows, tree);
  const base = { ...meta, legalBasis: {} };
  const middle = simulateReorganisation(units, { ...base, steps: draft.steps }, takenCodes);
  if (middle.ok) {
    const now = new Map(middle.after.map((u) => [u.code, u]));
    for (const r of rows.filter((x) => x.newCode && tree.has(x.newCode))) {
      const unit = now.get(r.newCode);
      if (!unit || draft.steps.some((s) => s.type === 'rename' && s.unit === r.newCode)) continue;
      if (r.parent && r.parent !== unit.parentCode) {
        draft.steps.push({ type: 'move', unit: r.newCode, parentCode: r.parent });
        draft.rows.push(r.row);
      }
      if (r.name && r.name !== unit.name) {
        draft.steps.push({ type: 'rename', unit: r.newCode, name: r.name });
        draft.rows.push(r.row);
      }
    }
  }
  for (const r of rows.filter((x) => x.oldCode && !x.newCode)) {
    draft.steps.push({ type: 'dissolve', unit: r.oldCode });
    draft.rows.push(r.row);
  }
  const reorganisation = { ...base, steps: draft.steps };
  const final = simulateReorganisation(units, reorganisation, takenCodes);
  if (final.ok) return { ok: true, reorganisation };
  return {
    ok: false,
    errors: final.errors.map((e) => ({
      row:
        (e.step !== null
          ? draft.rows[e.step]
          : rows.find((r) => r.oldCode === e.unit || r.newCode === e.unit)?.row) ?? 1,
      column: 'oldCode',
      message: e.message,
    })),
  };
}
