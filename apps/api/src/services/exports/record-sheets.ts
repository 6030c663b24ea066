// The records behind the indicators, one kind per sheet, and the campaigns with the
// units that took part: the rows the records screens show, for the units in reach.
import type { Lang, RecordKind } from '@lantoa/domain';
import { formatDateVi } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import type { Database } from '../../db/schema.js';
import { type AnyDb, RECORD_KIND_DEFS } from '../record-kinds.js';
import { exportUnits } from './export-units.js';
import { RECORD_COLUMNS, RECORD_KIND_TITLES } from './record-columns.js';
import type { Cell, Sheet, SheetColumn } from './sheet.js';

const UNIT_COLUMNS: SheetColumn[] = [
  { header: { vi: 'Mã đơn vị', en: 'Unit code' }, width: 18 },
  { header: { vi: 'Đơn vị', en: 'Unit' }, width: 36 },
  { header: { vi: 'Đường dẫn đơn vị', en: 'Unit path' }, width: 60 },
];
const onDay = (lang: Lang, today: string) =>
  lang === 'vi' ? `ngày ${formatDateVi(today)}` : `on ${formatDateVi(today)}`;

export async function recordsSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: { rootId?: string | undefined; recordKind: RecordKind },
  lang: Lang,
): Promise<Sheet> {
  const { root, ids, pathOf } = await exportUnits(db, scope, query.rootId, scope.today);
  const table = RECORD_KIND_DEFS[query.recordKind].table;
  let select = (db as AnyDb)
    .selectFrom(`${table} as r`)
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select(['u.code as unit_code', 'u.name as unit_name']);
  if (query.recordKind === 'campaign_participation') {
    select = select
      .innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
      .select('c.title as campaign_title');
  }
  const rows: Record<string, unknown>[] =
    ids.length === 0
      ? []
      : await select.where('r.unit_id', 'in', ids).orderBy('u.code').orderBy('r.id').execute();
  const columns = RECORD_COLUMNS[query.recordKind];
  const what = RECORD_KIND_TITLES[query.recordKind][lang];
  const rootName = root?.name ?? '';
  return {
    fileName: `${what} - ${rootName} - ${scope.today}`,
    sheetName: what,
    title: `${what} — ${rootName} — ${onDay(lang, scope.today)}`,
    columns: [...UNIT_COLUMNS, ...columns],
    rows: rows.map((r): Cell[] => [
      String(r.unit_code),
      String(r.unit_name),
      pathOf(String(r.unit_id), String(r.unit_name)),
      ...columns.map((c) => c.value(r, lang)),
    ]),
  };
}

export async function campaignsSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: { rootId?: string | undefined },
  lang: Lang,
): Promise<Sheet> {
  const { root, ids, pathOf } = await exportUnits(db, scope, query.rootId, scope.today);
  const rows = await db
    .selectFrom('campaigns as c')
    .leftJoin('campaign_participations as p', (join) =>
      ids.length === 0
        ? join.onRef('p.campaign_id', '=', 'c.id').on((eb) => eb.val(false))
        : join.onRef('p.campaign_id', '=', 'c.id').on('p.unit_id', 'in', ids),
    )
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'c.title',
      'c.kind',
      'c.organiser',
      'c.starts_on',
      'c.ends_on',
      'p.participated_on',
      'p.evidence_url',
      'u.id as unit_id',
      'u.code as unit_code',
      'u.name as unit_name',
    ])
    .orderBy('c.starts_on', 'desc')
    .orderBy('c.title')
    .orderBy('u.code')
    .execute();
  const KIND = {
    campaign: { vi: 'Chiến dịch', en: 'Campaign' },
    contest: { vi: 'Cuộc thi', en: 'Contest' },
  };
  const ORGANISER = {
    central: { vi: 'Trung ương', en: 'Central' },
    province: { vi: 'Tỉnh', en: 'Province' },
  };
  const what = lang === 'vi' ? 'Chiến dịch và tham gia' : 'Campaigns and participation';
  const h = (vi: string, en: string, width: number, type?: SheetColumn['type']): SheetColumn =>
    type ? { header: { vi, en }, width, type } : { header: { vi, en }, width };
  return {
    fileName: `${what} - ${root?.name ?? ''} - ${scope.today}`,
    sheetName: what,
    title: `${what} — ${root?.name ?? ''} — ${onDay(lang, scope.today)}`,
    columns: [
      h('Chiến dịch, cuộc thi', 'Campaign or contest', 44),
      h('Loại', 'Kind', 12),
      h('Cấp tổ chức', 'Organiser', 12),
      h('Từ ngày', 'From', 12, 'date'),
      h('Đến ngày', 'To', 12, 'date'),
      ...UNIT_COLUMNS,
      h('Ngày tham gia', 'Took part on', 14, 'date'),
      h('Minh chứng', 'Evidence', 40),
    ],
    rows: rows.map((r): Cell[] => [
      r.title,
      KIND[r.kind][lang],
      ORGANISER[r.organiser][lang],
      r.starts_on,
      r.ends_on,
      r.unit_code,
      r.unit_name,
      r.unit_id && r.unit_name ? pathOf(r.unit_id, r.unit_name) : null,
      r.participated_on,
      r.evidence_url,
    ]),
  };
}
