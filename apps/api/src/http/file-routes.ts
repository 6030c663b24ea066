// Files over plain HTTP: evidence on reports and the publications' digital archive. An
// upload's body is the file itself (no multipart parser needed); a download is always an
// attachment in a sandbox, never rendered in our origin.
import { todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { getScope } from '../access/get-scope.js';
import { unitInScope } from '../access/unit-scope.js';
import { findSessionUser, SESSION_COOKIE, type SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { notFound, unauthorized } from '../errors.js';
import { attachPublicationFile } from '../services/attach-publication-file.js';
import { attachReportFile } from '../services/attach-report-file.js';
import { cleanFileName } from '../services/clean-file-name.js';
import { detachFile } from '../services/detach-file.js';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../services/evidence-file.js';

// Versions are PostgreSQL integers. The name is only bounded here: cleanFileName (in the
// services) reduces it to a base name, so a path or a control character is dropped, not refused.
const ZVersionNumber = z.coerce.number().int().positive().max(2_147_483_647);
const ZUploadQuery = z.object({
  version: ZVersionNumber,
  name: z.string().trim().min(1).max(1000),
  /** Names the upload so a resend is answered as the first was (earlier-upload.ts). */
  key: z.uuid().optional(),
});
const ZId = z.object({ id: z.uuid() });
const FILE_NOT_FOUND = { vi: 'Không tìm thấy tệp', en: 'File not found' };

function uploaded(req: FastifyRequest) {
  const query = ZUploadQuery.parse(req.query);
  return {
    version: query.version,
    fileName: query.name,
    key: query.key,
    contentType: (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
    data: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
  };
}

// RFC 5987 attr-char: what encodeURIComponent leaves alone, minus ' ( ) *.
const encodeRfc5987 = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Old browsers read the quoted ASCII name; the rest read filename* (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const name = cleanFileName(fileName) || 'tep';
  const ascii = name
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

function sendAttachment(
  reply: FastifyReply,
  file: { file_name: string; content_type: string; data: Uint8Array },
) {
  reply
    .header('Content-Type', file.content_type)
    .header('Content-Disposition', contentDisposition(file.file_name))
    .header('Content-Security-Policy', "sandbox; default-src 'none'")
    .header('Cache-Control', 'private, no-store');
  return reply.send(Buffer.from(file.data));
}

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
    return attachReportFile(db, user, scope, {
      ...uploaded(req),
      reportId: ZId.parse(req.params).id,
    });
  });

  app.post('/files/publications/:id', { bodyLimit: MAX_FILE_BYTES }, async (req) => {
    const { user, scope } = await requireUser(req);
    const result = await attachPublicationFile(db, user, scope, {
      ...uploaded(req),
      publicationId: ZId.parse(req.params).id,
    });
    app.notifyFactsChanged([]);
    return result;
  });

  const ZVersionQuery = z.object({ version: ZVersionNumber });
  app.delete('/files/:id', async (req) => {
    const { user, scope } = await requireUser(req);
    const { version } = ZVersionQuery.parse(req.query);
    return detachFile(db, user, scope, {
      kind: 'reports',
      fileId: ZId.parse(req.params).id,
      version,
    });
  });
  app.delete('/files/archive/:id', async (req) => {
    const { user, scope } = await requireUser(req);
    const { version } = ZVersionQuery.parse(req.query);
    return detachFile(db, user, scope, {
      kind: 'publications',
      fileId: ZId.parse(req.params).id,
      version,
    });
  });

  app.get('/files/:id', async (req, reply) => {
    const { scope } = await requireUser(req);
    const file = await db
      .selectFrom('report_files as f')
      .innerJoin('reports as r', 'r.id', 'f.report_id')
      .select(['f.file_name', 'f.content_type', 'f.data', 'r.unit_id'])
      .where('f.id', '=', ZId.parse(req.params).id)
      .where(unitInScope('report.read', scope.user, sql.ref('r.unit_id'), scope.today))
      .executeTakeFirst();
    if (!file) throw notFound(FILE_NOT_FOUND);
    return sendAttachment(reply, file);
  });

  app.get('/files/archive/:id', async (req, reply) => {
    const { scope } = await requireUser(req);
    const file = await db
      .selectFrom('publication_files as f')
      .innerJoin('publications as p', 'p.id', 'f.publication_id')
      .select(['f.file_name', 'f.content_type', 'f.data', 'p.unit_id'])
      .where('f.id', '=', ZId.parse(req.params).id)
      .where(unitInScope('unit.read', scope.user, sql.ref('p.unit_id'), scope.today))
      .executeTakeFirst();
    if (!file) throw notFound(FILE_NOT_FOUND);
    return sendAttachment(reply, file);
  });
}
