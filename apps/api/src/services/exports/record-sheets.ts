// The records behind the indicators, one kind per sheet, and the campaigns with the
// units that took part: the rows the records screens show, for the units in reach.
import type { Lang, RecordKind } from '@lantoa/domain';
import { formatDateVi } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import type { Database } from '../../db/schema.js';
import { listCampaigns } from '../list-campaigns.js';
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

const KIND = {
  campaign: { vi: 'Chiến dịch', en: 'Campaign' },
  contest: { vi: 'Cuộc thi', en: 'Contest' },
};
const ORGANISER = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Tỉnh', en: 'Province' },
};
const CAMPAIGN_PAGE = 200;

/** A page of campaigns' participations by the units in reach, by campaign then unit code. */
function participationsOf(db: Kysely<Database>, campaignIds: string[], unitIds: string[]) {
  if (campaignIds.length === 0 || unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('campaign_participations as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.campaign_id',
      'p.participated_on',
      'p.evidence_url',
      'u.id as unit_id',
      'u.code as unit_code',
      'u.name as unit_name',
    ])
    .where('p.campaign_id', 'in', campaignIds)
    .where('p.unit_id', 'in', unitIds)
    .orderBy('u.code')
    .execute();
}

export async function campaignsSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: { rootId?: string | undefined },
  lang: Lang,
): Promise<Sheet> {
  const { root, ids, pathOf } = await exportUnits(db, scope, query.rootId, scope.today);
  // Every campaign in reach (the screen's list, all its pages: decision 33), a page at a
  // time with the participations of that page, each campaign once even if no unit took part.
  async function* rows(): AsyncIterable<Cell[]> {
    let after: readonly [string, string] | undefined;
    for (;;) {
      const page = await listCampaigns(db, scope, { after, limit: CAMPAIGN_PAGE });
      const taken = await participationsOf(
        db,
        page.items.map((c) => c.id),
        ids,
      );
      for (const c of page.items) {
        const head = [c.title, KIND[c.kind][lang], ORGANISER[c.organiser][lang]];
        const ofCampaign = taken.filter((p) => p.campaign_id === c.id);
        if (ofCampaign.length === 0)
          yield [...head, c.starts_on, c.ends_on, null, null, null, null, null];
        for (const p of ofCampaign)
          yield [
            ...head,
            c.starts_on,
            c.ends_on,
            p.unit_code,
            p.unit_name,
            pathOf(p.unit_id, p.unit_name),
            p.participated_on,
            p.evidence_url,
          ];
      }
      const last = page.items[page.items.length - 1];
      if (!page.nextCursor || !last) return;
      after = [String(last.starts_on), last.id];
    }
  }
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
    rows: rows(),
  };
}
