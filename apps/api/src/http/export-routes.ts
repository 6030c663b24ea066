// Files that leave Lan Tỏa, over plain HTTP under /exports: kept official reports (.docx),
// spreadsheet exports (.xlsx streamed row by row, or CSV with a BOM), import templates
// and imports. The session cookie, the same-origin check of app.ts and the domain policy
// guard each route as they guard the screen the file comes from (issue 12).

import { PassThrough } from 'node:stream';
import { EXPORT_FORMATS, EXPORT_KINDS } from '@lantoa/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { ZExportQuery } from '../services/exports/export-query.js';
import { exportSheet } from '../services/exports/export-sheet.js';
import { writeCsv, writeXlsx } from '../services/exports/write-sheet.js';
import { getOfficialReportFile } from '../services/official-reports/list-official-reports.js';
import { asOfFor } from '../services/view-date.js';
import { contentDisposition } from './file-routes.js';
import { pickLang } from './lang.js';
import { requireScope as requireScopeOf } from './require-scope.js';

const ZId = z.object({ id: z.uuid() });
const ZExportParams = z.object({ kind: z.enum(EXPORT_KINDS), format: z.enum(EXPORT_FORMATS) });
const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function registerExportRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  policy: SessionPolicy,
) {
  const requireScope = (req: FastifyRequest) => requireScopeOf(db, policy, req);

  app.get('/exports/official-reports/:id', async (req, reply) => {
    const scope = await requireScope(req);
    const file = await getOfficialReportFile(db, scope, ZId.parse(req.params).id);
    return reply
      .header('Content-Type', CONTENT_TYPES.docx)
      .header('Content-Disposition', contentDisposition(file.file_name))
      .header('Cache-Control', 'private, no-store')
      .send(Buffer.from(file.data));
  });

  app.get('/exports/:kind.:format', async (req, reply) => {
    const { kind, format } = ZExportParams.parse(req.params);
    const scope = await requireScope(req);
    const query = ZExportQuery.parse(req.query);
    const lang = pickLang(
      req.headers['x-lantoa-lang'] ?? (req.query as { lang?: unknown }).lang,
      req.headers['accept-language'],
    );
    // Everything that can refuse (policy, scope, a bad root) runs before the first byte.
    const sheet = await exportSheet(db, scope, kind, {
      ...query,
      asOf: asOfFor(query, scope.today),
      lang,
    });
    const body = new PassThrough();
    const write = format === 'xlsx' ? writeXlsx : writeCsv;
    write(sheet, lang, body).then(
      () => body.end(),
      (error: unknown) => {
        // Headers are gone by now: cutting the stream is how the client learns it failed.
        req.log.error({ err: error }, 'export failed while streaming');
        body.destroy(error as Error);
      },
    );
    return reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', contentDisposition(`${sheet.fileName}.${format}`))
      .header('Cache-Control', 'private, no-store')
      .send(body);
  });
}
