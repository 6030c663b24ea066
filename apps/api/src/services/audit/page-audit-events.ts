// The audit page: one page of events, newest first, with the existing filters and an
// opaque cursor (the last event's seq), so an administrator pages through the whole log;
// each event's before and after as the fields that changed (masked: audit-changes.ts).

import type { Kysely, RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { type AuditQuery, listAuditEvents } from '../list-audit-events.js';
import { cursorOf, pageOf } from '../paging/page-cursor.js';
import { auditChanges } from './audit-changes.js';

export const ZAuditCursor = cursorOf(z.tuple([z.number().int().positive()]));

export type AuditPageQuery = Omit<AuditQuery, 'beforeSeq'> & { cursor?: [number] | undefined };

export async function pageAuditEvents(
  db: Kysely<Database>,
  q: AuditPageQuery,
  inScope: RawBuilder<boolean>,
) {
  const { cursor, limit, ...filters } = q;
  const rows = await listAuditEvents(
    db,
    { ...filters, beforeSeq: cursor?.[0], limit: limit + 1 },
    inScope,
  );
  const page = pageOf(rows, limit, (r) => [r.seq]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ before, after, entity_id, ...event }) => ({
      ...event,
      entityId: entity_id,
      changes: auditChanges(before, after),
    })),
  };
}
