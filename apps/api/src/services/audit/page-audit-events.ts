// The audit page: one page of events, newest first, with the existing filters and an
// opaque cursor (the last event's seq), so an administrator pages through the whole log;
// each event's before and after as the fields that changed (masked: audit-changes.ts), its
// unit and the units its fields name as they were called on the event's day (one query for
// the page: audit-unit-names.ts).

import type { Kysely, RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { type AuditQuery, listAuditEvents } from '../list-audit-events.js';
import { cursorOf, pageOf } from '../paging/page-cursor.js';
import { asRecord, auditChanges } from './audit-changes.js';
import { dayOf, unitIdsIn, unitNamesOn } from './audit-unit-names.js';

export const ZAuditCursor = cursorOf(z.tuple([z.number().int().positive()]));

export type AuditPageQuery = Omit<AuditQuery, 'beforeSeq'> & { cursor?: [number] | undefined };

export interface AuditScope {
  /** Over `a` (the event) and `u` (its actor): the events the reader may see. */
  events: RawBuilder<boolean>;
  /** Over `u` (a unit): the units the reader may see named. */
  units: RawBuilder<boolean>;
}

/** Every unit id an event's before or after holds in a unit field. */
const unitIdsOf = (value: unknown) =>
  Object.entries(asRecord(value) ?? {}).flatMap(([field, v]) => unitIdsIn(field, v));

export async function pageAuditEvents(db: Kysely<Database>, q: AuditPageQuery, scope: AuditScope) {
  const { cursor, limit, ...filters } = q;
  const rows = await listAuditEvents(
    db,
    { ...filters, beforeSeq: cursor?.[0], limit: limit + 1 },
    scope.events,
  );
  const page = pageOf(rows, limit, (r) => [r.seq]);
  const nameOn = await unitNamesOn(
    db,
    page.items.flatMap((e) => [
      ...(e.unitId ? [e.unitId] : []),
      ...unitIdsOf(e.before),
      ...unitIdsOf(e.after),
    ]),
    scope.units,
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ before, after, entity_id, ...event }) => {
      const day = dayOf(event.at);
      const nameOf = (unitId: string) => nameOn(unitId, day);
      return {
        ...event,
        unitName: (event.unitId && nameOf(event.unitId)) || event.unitName,
        entityId: entity_id,
        changes: auditChanges(before, after, nameOf),
      };
    }),
  };
}
