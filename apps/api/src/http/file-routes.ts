// Evidence files over plain HTTP: a raw upload (no multipart parser needed, the body is the
// file) and a download that is always an attachment, never rendered in our origin.

import { todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { findSessionUser, SESSION_COOKIE, type SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { notFound, unauthorized } from '../errors.js';
import {
  ALLOWED_FILE_TYPES,
  attachReportFile,
  MAX_FILE_BYTES,
} from '../services/attach-report-file.js';
import { getScope } from '../services/get-scope.js';

const ZUploadQuery = z.object({
  version: z.coerce.number().int().positive(),
  name: z.string().trim().min(1).max(200),
});
const ZId = z.object({ id: z.uuid() });

export function registerFileRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  policy: SessionPolicy,
) {
  app.addContentTypeParser(
    ALLOWED_FILE_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES },
    (_req, body, done) => done(null, body),
  );

  async function requireUser(req: FastifyRequest) {
    const user = await findSessionUser(db, req.cookies[SESSION_COOKIE], policy);
    if (!user) throw unauthorized();
    return { user, scope: await getScope(db, user, todayInVietnam(new Date())) };
  }

  app.post('/files/reports/:id', { bodyLimit: MAX_FILE_BYTES }, async (req) => {
    const { user, scope } = await requireUser(req);
    const { id } = ZId.parse(req.params);
    const query = ZUploadQuery.parse(req.query);
    const result = await attachReportFile(db, user, scope, {
      reportId: id,
      version: query.version,
      fileName: query.name,
      contentType: (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
      data: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
    });
    return result;
  });

  app.get('/files/:id', async (req, reply) => {
    const { scope } = await requireUser(req);
    const { id } = ZId.parse(req.params);
    const file = await db
      .selectFrom('report_files as f')
      .innerJoin('reports as r', 'r.id', 'f.report_id')
      .select(['f.file_name', 'f.content_type', 'f.data', 'r.unit_id'])
      .where('f.id', '=', id)
      .executeTakeFirst();
    if (!file || !scope.unitIds.has(file.unit_id))
      throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
    reply
      .header('Content-Type', file.content_type)
      .header(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      )
      .header('Content-Security-Policy', "sandbox; default-src 'none'")
      .header('Cache-Control', 'private, no-store');
    return reply.send(Buffer.from(file.data));
  });
}
