// Ambassadors (contacts masked exactly as on screen: decision 6) and the audit log over a
// date range, read page by page so a long range streams instead of filling memory.
import { auditActionLabel, formatDateVi, type Lang, seesContacts } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import type { Database } from '../../db/schema.js';
import { toAmbassadorDto } from '../ambassador-dto.js';
import { ambassadorRowsPage } from '../list-ambassadors.js';
import { auditInScope, listAuditEvents } from '../list-audit-events.js';
import { type ExportUnits, exportUnits } from './export-units.js';
import type { Cell, Sheet, SheetColumn } from './sheet.js';

const h = (vi: string, en: string, width: number, type?: SheetColumn['type']): SheetColumn =>
  type ? { header: { vi, en }, width, type } : { header: { vi, en }, width };
const AUDIT_PAGE = 500;
const EXPORT_PAGE = 200;

export async function ambassadorsSheet(
  db: Kysely<Database>,
  scope: Scope,
  lang: Lang,
): Promise<Sheet> {
  const { pathOf } = await exportUnits(db, scope, undefined, scope.today);
  const what = lang === 'vi' ? 'Đại sứ thương hiệu' : 'Brand ambassadors';
  return {
    fileName: `${what} - ${scope.today}`,
    sheetName: what,
    title: `${what} — ${lang === 'vi' ? 'ngày' : 'on'} ${formatDateVi(scope.today)}`,
    columns: [
      h('Họ và tên', 'Name', 30),
      h('Lĩnh vực', 'Field', 14),
      h('Tình trạng', 'Status', 12),
      h('Email', 'Email', 28),
      h('Điện thoại', 'Phone', 16),
      h('Từ ngày', 'Term from', 12, 'date'),
      h('Đến ngày', 'Term to', 12, 'date'),
      h('Đơn vị, chương trình (đường dẫn đơn vị)', 'Units and programmes (unit path)', 70),
    ],
    rows: ambassadorRows(db, scope, pathOf),
  };
}

/** The units and programmes of some ambassadors (a page of them). */
function unitLinksOf(db: Kysely<Database>, ambassadorIds: string[]) {
  if (ambassadorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('ambassador_units as au')
    .innerJoin('units as u', 'u.id', 'au.unit_id')
    .select(['au.ambassador_id', 'au.program', 'u.id', 'u.name'])
    .where('au.ambassador_id', 'in', ambassadorIds)
    .execute();
}

// The same rows as the screen, every page of them (the caller's province's ambassadors;
// Central: all), streamed a page at a time with each page's units (decision 33).
async function* ambassadorRows(
  db: Kysely<Database>,
  scope: Scope,
  pathOf: ExportUnits['pathOf'],
): AsyncIterable<Cell[]> {
  const unmasked = seesContacts(scope.user.role, 'ambassador');
  let after: readonly [string, string] | undefined;
  for (;;) {
    const page = await ambassadorRowsPage(db, scope, { after, limit: EXPORT_PAGE });
    const links = await unitLinksOf(
      db,
      page.items.map((a) => a.id),
    );
    for (const row of page.items) {
      const dto = toAmbassadorDto(row, unmasked);
      const units = links
        .filter((l) => l.ambassador_id === dto.id)
        .map((l) => `${pathOf(l.id, l.name)}${l.program ? ` (${l.program})` : ''}`)
        .join('; ');
      yield [
        dto.name,
        dto.field,
        dto.status,
        dto.contactEmail,
        dto.contactPhone,
        dto.termFrom,
        dto.termTo,
        units,
      ];
    }
    const last = page.items[page.items.length - 1];
    if (!page.nextCursor || !last) return;
    after = [last.name, last.id];
  }
}

export async function auditSheet(
  db: Kysely<Database>,
  scope: Scope,
  query: { from?: string | undefined; to?: string | undefined },
  lang: Lang,
): Promise<Sheet> {
  const { pathOf } = await exportUnits(db, scope, undefined, scope.today);
  async function* rows(): AsyncIterable<Cell[]> {
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await listAuditEvents(
        db,
        { ...query, beforeSeq, limit: AUDIT_PAGE },
        auditInScope(scope.user, scope.today),
      );
      for (const e of page) {
        yield [
          e.seq,
          e.at,
          e.actorName,
          auditActionLabel(e.action)[lang],
          e.action,
          e.entity,
          e.entity_id,
          e.unitName,
          e.unitId && e.unitName ? pathOf(e.unitId, e.unitName) : null,
        ];
      }
      if (page.length < AUDIT_PAGE) return;
      beforeSeq = page[page.length - 1]?.seq;
    }
  }
  const range = `${query.from ? formatDateVi(query.from) : '…'} – ${query.to ? formatDateVi(query.to) : formatDateVi(scope.today)}`;
  const what = lang === 'vi' ? 'Nhật ký thay đổi' : 'Audit log';
  return {
    fileName: `${what} - ${query.from ?? ''}_${query.to ?? scope.today}`,
    sheetName: what,
    title: `${what} — ${range}`,
    columns: [
      h('Số thứ tự', 'Sequence', 10, 'number'),
      h('Thời điểm', 'When', 18, 'datetime'),
      h('Người thực hiện', 'Actor', 26),
      h('Thao tác', 'Action', 30),
      h('Mã thao tác', 'Action code', 22),
      h('Đối tượng', 'Entity', 16),
      h('Mã đối tượng', 'Entity id', 38),
      h('Đơn vị', 'Unit', 30),
      h('Đường dẫn đơn vị', 'Unit path', 60),
    ],
    rows: rows(),
  };
}
