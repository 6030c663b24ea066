// Imports records from the province's spreadsheets (a template made by the app). A dry run
// reads and checks every row and says what is wrong with each (row, column, reason); a
// real run stores nothing unless the whole file is valid, then writes every row and its
// audit event in one transaction (issue 12).
import { grantOf, type RecordInput, translateSchemaMessage, ZRecordInput } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import { readableUnits } from '../../access/readable-units.js';
import type { Database } from '../../db/schema.js';
import { forbidden } from '../../errors.js';
import { appendAuditEvent } from '../append-audit-event.js';
import { type AnyDb, RECORD_KIND_DEFS, toRecordDto } from '../record-kinds.js';
import { audit } from '../save-record.js';
import { IMPORT_COLUMNS, type ImportKind } from './import-kinds.js';
import { type RowError, readImportRows } from './read-import-rows.js';

const OUT_OF_REACH = {
  vi: 'Không có đơn vị mang mã này trong phạm vi của bạn.',
  en: 'No unit with this code within your reach.',
};

export interface ImportResult {
  kind: ImportKind;
  isDryRun: boolean;
  rowCount: number;
  imported: number;
  errors: RowError[];
  unitIds: string[];
}

export async function importRecords(
  db: Kysely<Database>,
  scope: Scope,
  input: { kind: ImportKind; data: Buffer; isDryRun: boolean },
): Promise<ImportResult> {
  if (!grantOf(scope.user.role, 'data.import')) throw forbidden();
  const columns = IMPORT_COLUMNS[input.kind];
  const headerOf = new Map(columns.map((c) => [c.field, c.header.vi]));
  const { rows, errors } = await readImportRows(input.data, columns);
  const codes = [...new Set(rows.map((r) => String(r.values.unitCode ?? '')))].filter(Boolean);
  const units =
    codes.length === 0
      ? []
      : await db.selectFrom('units').select(['id', 'code']).where('code', 'in', codes).execute();
  const inReach = await readableUnits(db, scope, 'unit.editData')(units.map((u) => u.id));
  const idOf = new Map(units.filter((u) => inReach.has(u.id)).map((u) => [u.code, u.id]));
  const records: RecordInput[] = [];
  for (const { row, values } of rows) {
    const { unitCode, ...fields } = values;
    const unitId = idOf.get(String(unitCode ?? ''));
    if (!unitId) {
      errors.push({ row, column: headerOf.get('unitCode') ?? '', reason: OUT_OF_REACH });
      continue;
    }
    const parsed = ZRecordInput.safeParse({ kind: input.kind, unitId, ...fields });
    if (parsed.success) records.push(parsed.data);
    for (const issue of parsed.error?.issues ?? []) {
      // A cell already refused while reading is not refused twice.
      const column = headerOf.get(String(issue.path[0])) ?? '';
      if (errors.some((e) => e.row === row && e.column === column)) continue;
      const reason = { vi: issue.message, en: translateSchemaMessage(issue.message, 'en') };
      errors.push({ row, column, reason });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result = { kind: input.kind, isDryRun: input.isDryRun, rowCount: rows.length, errors };
  if (input.isDryRun || errors.length > 0 || records.length === 0)
    return { ...result, imported: 0, unitIds: [] };
  await db.transaction().execute(async (trx) => {
    const def = RECORD_KIND_DEFS[input.kind];
    for (const record of records) {
      const created = await (trx as unknown as AnyDb)
        .insertInto(def.table)
        .values(def.toRow(record))
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, scope.user, 'record.create', null, toRecordDto(record.kind, created));
    }
    await appendAuditEvent(trx, {
      actorId: scope.user.id,
      action: 'data.import',
      entity: 'record',
      entityId: null,
      after: { kind: input.kind, rows: records.length },
    });
  });
  return {
    ...result,
    imported: records.length,
    unitIds: [...new Set(records.map((r) => r.unitId))],
  };
}
