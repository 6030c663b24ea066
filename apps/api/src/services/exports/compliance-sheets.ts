// The compliance screens as sheets: the matrix (every unit × indicator with its state and
// reason), the plan's roll-ups for the root and each unit under it, and the deadlines.
// All read through evaluateSubtree/getDeadlines with the caller's scope, like the screens.
import {
  type Bilingual,
  COMPLIANCE_STATE_LABELS,
  formatDateVi,
  type Lang,
  periodLabel,
  rollup,
  unitKindLabel,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import { readableUnits } from '../../access/readable-units.js';
import type { Database } from '../../db/schema.js';
import { evaluateSubtree, type SubtreeQuery } from '../evaluate-subtree.js';
import { getDeadlines } from '../get-deadlines.js';
import type { Cell, Sheet, SheetColumn } from './sheet.js';
import { unitPaths } from './unit-paths.js';

const col = (vi: string, en: string, width: number, type?: SheetColumn['type']): SheetColumn =>
  type ? { header: { vi, en }, width, type } : { header: { vi, en }, width };
const UNIT_COLUMNS = [
  col('Mã đơn vị', 'Unit code', 18),
  col('Đơn vị', 'Unit', 36),
  col('Cấp', 'Kind', 20),
  col('Đường dẫn đơn vị', 'Unit path', 60),
];
const asOfWords = (lang: Lang, asOf: string) =>
  lang === 'vi' ? `tính đến ngày ${formatDateVi(asOf)}` : `as of ${formatDateVi(asOf)}`;

const visibleOf = (db: Kysely<Database>, scope: Scope) => readableUnits(db, scope);

export async function matrixSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: SubtreeQuery,
  lang: Lang,
): Promise<Sheet> {
  const { root, units, periods, evaluations } = await evaluateSubtree(
    db,
    visibleOf(db, scope),
    scope.homeUnitId,
    query,
  );
  const paths = unitPaths(units);
  const cells = new Map(evaluations.map((e) => [`${e.unitId}|${e.indicator}`, e]));
  const columns = [
    ...UNIT_COLUMNS,
    ...periods.flatMap(({ indicator, period }) => [
      col(`${indicator.code} – trạng thái`, `${indicator.code} – state`, 16),
      col(
        `${indicator.code} – lý do (${periodLabel(period.key, period.due).vi})`,
        `${indicator.code} – reason (${periodLabel(period.key, period.due).en})`,
        40,
      ),
    ]),
  ];
  function* rows(): Iterable<Cell[]> {
    for (const unit of units) {
      const row: Cell[] = [
        unit.code,
        unit.name,
        unitKindLabel(unit.kind)[lang],
        paths.get(unit.id) ?? '',
      ];
      for (const { indicator } of periods) {
        const e = cells.get(`${unit.id}|${indicator.code}`);
        row.push(e ? COMPLIANCE_STATE_LABELS[e.state][lang] : '', e ? e.reason[lang] : '');
      }
      yield row;
    }
  }
  const what: Bilingual = { vi: 'Ma trận chỉ tiêu', en: 'Indicator matrix' };
  return {
    fileName: `${what[lang]} - ${root.name} - ${query.asOf}`,
    sheetName: what[lang],
    title: `${what[lang]} — ${root.name} — ${asOfWords(lang, query.asOf)}`,
    columns,
    rows: rows(),
  };
}

export async function rollupsSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: SubtreeQuery,
  lang: Lang,
): Promise<Sheet> {
  const { root, units, periods, evaluations, plan } = await evaluateSubtree(
    db,
    visibleOf(db, scope),
    scope.homeUnitId,
    query,
  );
  const paths = unitPaths(units);
  const targets = [root, ...units.filter((u) => u.parentId === root.id)];
  const rows: Cell[][] = [];
  for (const unit of targets) {
    for (const { indicator, period } of periods) {
      const r = rollup({
        units,
        evaluations,
        indicators: plan.indicators,
        rootId: unit.id,
        indicator: indicator.code,
        periodKey: period.key,
      });
      rows.push([
        unit.code,
        unit.name,
        unitKindLabel(unit.kind)[lang],
        paths.get(unit.id) ?? '',
        indicator.code,
        indicator.shortTitle[lang],
        periodLabel(period.key, period.due)[lang],
        r.met,
        r.applicable,
        r.applicable > 0 ? r.share : null,
        r.label[lang],
      ]);
    }
  }
  const what: Bilingual = { vi: 'Tổng hợp chỉ tiêu', en: 'Roll-ups' };
  return {
    fileName: `${what[lang]} - ${root.name} - ${query.asOf}`,
    sheetName: what[lang],
    title: `${what[lang]} — ${root.name} — ${asOfWords(lang, query.asOf)}`,
    columns: [
      ...UNIT_COLUMNS,
      col('Mã chỉ tiêu', 'Indicator', 12),
      col('Chỉ tiêu', 'Indicator title', 50),
      col('Kỳ', 'Period', 20),
      col('Số đạt', 'Met', 10, 'number'),
      col('Số phải thực hiện', 'Applicable', 12, 'number'),
      col('Tỷ lệ', 'Share', 10, 'percent'),
      col('Diễn giải', 'In words', 40),
    ],
    rows,
  };
}

export async function deadlinesSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: SubtreeQuery & { horizonDays: number },
  lang: Lang,
): Promise<Sheet> {
  const [items, subtree] = await Promise.all([
    getDeadlines(db, visibleOf(db, scope), scope.homeUnitId, query),
    evaluateSubtree(db, visibleOf(db, scope), scope.homeUnitId, query),
  ]);
  const paths = unitPaths(subtree.units);
  const STATE: Record<string, Bilingual> = {
    overdue: { vi: 'Quá hạn', en: 'Overdue' },
    due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  };
  const what: Bilingual = { vi: 'Hạn báo cáo và chỉ tiêu', en: 'Deadlines' };
  return {
    fileName: `${what[lang]} - ${subtree.root.name} - ${query.asOf}`,
    sheetName: what[lang],
    title: `${what[lang]} — ${subtree.root.name} — ${asOfWords(lang, query.asOf)}`,
    columns: [
      col('Hạn', 'Due', 12, 'date'),
      col('Tình trạng', 'Status', 14),
      ...UNIT_COLUMNS,
      col('Nội dung', 'What', 60),
    ],
    rows: items.map((item) => [
      item.due,
      (STATE[item.state] ?? { vi: item.state, en: item.state })[lang],
      item.unit?.code ?? '',
      item.unit?.name ?? '',
      item.unit ? unitKindLabel(item.unit.kind)[lang] : '',
      paths.get(item.unitId) ?? '',
      item.label[lang],
    ]),
  };
}
