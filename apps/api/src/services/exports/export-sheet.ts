// Which sheet an export kind is, behind the policy action of the screen it comes from
// (domain EXPORT_ACTIONS): a role without it is refused before anything is read, and the
// scope inside it is the screen's own (an out-of-reach root is NOT_FOUND).
import { EXPORT_ACTIONS, type ExportKind, grantOf, type IsoDate, type Lang } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Scope } from '../../access/get-scope.js';
import type { Database } from '../../db/schema.js';
import { forbidden } from '../../errors.js';
import { deadlinesSheet, matrixSheet, rollupsSheet } from './compliance-sheets.js';
import type { ExportQuery } from './export-query.js';
import { ambassadorsSheet, auditSheet } from './people-sheets.js';
import { campaignsSheet, recordsSheet } from './record-sheets.js';
import type { Sheet } from './sheet.js';

export async function exportSheet(
  db: Kysely<Database>,
  scope: Scope,
  kind: ExportKind,
  query: ExportQuery & { asOf: IsoDate; lang: Lang },
): Promise<Sheet> {
  if (!grantOf(scope.user.role, EXPORT_ACTIONS[kind])) throw forbidden();
  const { lang } = query;
  switch (kind) {
    case 'matrix':
      return matrixSheet(db, scope, query, lang);
    case 'rollups':
      return rollupsSheet(db, scope, query, lang);
    case 'deadlines':
      return deadlinesSheet(db, scope, query, lang);
    case 'records':
      return recordsSheet(db, scope, query, lang);
    case 'campaigns':
      return campaignsSheet(db, scope, query, lang);
    case 'ambassadors':
      return ambassadorsSheet(db, scope, lang);
    case 'audit':
      return auditSheet(db, scope, query, lang);
  }
}
