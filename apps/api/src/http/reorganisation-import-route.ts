// The reorganisation import over plain HTTP (issue 10, gap 3): an official list of merged
// communes with their grassroots units runs to thousands of rows and a few MB, beyond the
// tRPC body limit. The body is the .csv or .xlsx itself, with its own size limit from
// config; the date, title and file name ride in the query. Same session, same-origin
// (CSRF) check and policy action (`unit.reorganise`) as the tRPC procedure; nothing is
// written: the answer is the draft (or every bad row), as `reorganisations.importFile`.
import { grantOf, ZIsoDate, ZSafeLine } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { readableUnits } from '../access/readable-units.js';
import type { SessionPolicy } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { forbidden } from '../errors.js';
import { importReorganisation } from '../services/import-reorganisation.js';
import { requireScope } from './require-scope.js';

const ZImportQuery = z.object({
  effectiveOn: ZIsoDate,
  title: ZSafeLine.trim().min(1).max(300),
  fileName: ZSafeLine.min(1).max(255),
});

/** CSV as text types browsers send; .xlsx is read by the parser file-routes.ts registers. */
const LIST_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel', 'text/plain'];

export function registerReorganisationImportRoute(
  app: FastifyInstance,
  deps: { db: Kysely<Database>; policy: SessionPolicy; maxBytes: number },
) {
  const { db, policy, maxBytes } = deps;
  // Its own context: the CSV parser and the larger limit reach this route only.
  app.register(async (scoped) => {
    scoped.addContentTypeParser(
      LIST_TYPES,
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_req, body, done) => done(null, body),
    );
    scoped.post('/imports/reorganisation', { bodyLimit: maxBytes }, async (req) => {
      const query = ZImportQuery.parse(req.query);
      const scope = await requireScope(db, policy, req);
      if (!grantOf(scope.user.role, 'unit.reorganise')) throw forbidden();
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return importReorganisation(db, readableUnits(db, scope), { ...query, content: data });
    });
  });
}
