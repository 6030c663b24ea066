// Imports from the province's spreadsheets over plain HTTP: the template to fill in
// (/exports/templates/:kind.xlsx) and the upload (/imports/:kind, the .xlsx as the body,
// ?dryRun=1 to only check). Same session, same-origin check and policy as the rest.
import { PassThrough } from 'node:stream';
import { grantOf } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { forbidden } from '../errors.js';
import { MAX_FILE_BYTES } from '../services/evidence-file.js';
import { writeXlsx } from '../services/exports/write-sheet.js';
import { IMPORT_KINDS } from '../services/imports/import-kinds.js';
import { importRecords } from '../services/imports/import-records.js';
import { importTemplate } from '../services/imports/import-template.js';
import { contentDisposition } from './file-routes.js';
import { pickLang } from './lang.js';
import { requireScope } from './require-scope.js';

const ZKind = z.object({ kind: z.enum(IMPORT_KINDS) });
const ZImportQuery = z.object({
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
});

export function registerImportRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  policy: SessionPolicy,
) {
  app.get('/exports/templates/:kind.xlsx', async (req, reply) => {
    const { kind } = ZKind.parse(req.params);
    const scope = await requireScope(db, policy, req);
    if (!grantOf(scope.user.role, 'data.import')) throw forbidden();
    const lang = pickLang((req.query as { lang?: unknown }).lang, req.headers['accept-language']);
    const sheet = importTemplate(kind, lang);
    const body = new PassThrough();
    writeXlsx(sheet, lang, body).then(
      () => body.end(),
      (error: unknown) => body.destroy(error as Error),
    );
    return reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', contentDisposition(`${sheet.fileName}.xlsx`))
      .header('Cache-Control', 'private, no-store')
      .send(body);
  });

  // The body is the .xlsx itself, read as a buffer by the parser file-routes.ts registers.
  app.post('/imports/:kind', { bodyLimit: MAX_FILE_BYTES }, async (req) => {
    const { kind } = ZKind.parse(req.params);
    const { dryRun } = ZImportQuery.parse(req.query);
    const scope = await requireScope(db, policy, req);
    const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const result = await importRecords(db, scope, { kind, data, isDryRun: dryRun });
    if (result.imported > 0) app.notifyFactsChanged(result.unitIds);
    const { unitIds: _unitIds, ...answer } = result;
    return answer;
  });
}
