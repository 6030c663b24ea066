// How each kind of record maps to its table. The generic record services below use this
// map so that seven record kinds share one create/update/delete path (one set of scope,
// version and audit rules) instead of seven near-copies.
import type { RecordInput, RecordKind } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/** The record tables are chosen at run time from RECORD_KIND_DEFS, so queries go untyped. */
// biome-ignore lint/suspicious/noExplicitAny: table names come from RECORD_KIND_DEFS at run time.
export type AnyDb = Kysely<any>;

type Row = Record<string, unknown>;

interface RecordKindDef {
  table: string;
  toRow: (input: RecordInput) => Row;
}

const pick = (input: RecordInput) => {
  const { kind: _kind, ...rest } = input;
  return rest as Row;
};

/** camelCase input fields → snake_case columns. */
function toSnake(fields: Row): Row {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]),
  );
}

export const RECORD_KIND_DEFS: Record<RecordKind, RecordKindDef> = {
  training_course: { table: 'training_courses', toRow: (i) => toSnake(pick(i)) },
  code_of_conduct_session: { table: 'code_of_conduct_sessions', toRow: (i) => toSnake(pick(i)) },
  communication_staff: { table: 'communication_staff', toRow: (i) => toSnake(pick(i)) },
  facebook_page: { table: 'facebook_pages', toRow: (i) => toSnake(pick(i)) },
  publication: {
    table: 'publications',
    toRow: (i) => {
      const { publicationKind, ...rest } = pick(i) as Row & { publicationKind: string };
      return { ...toSnake(rest), kind: publicationKind };
    },
  },
  app_milestone: { table: 'app_milestones', toRow: (i) => toSnake(pick(i)) },
  campaign_participation: { table: 'campaign_participations', toRow: (i) => toSnake(pick(i)) },
};

/** snake_case row → camelCase DTO, dates as ISO strings. */
export function toRecordDto(kind: RecordKind, row: Row) {
  const dto: Row = {};
  for (const [key, value] of Object.entries(row)) {
    // publications.kind is the kind of material (leaflet, film...), not the record kind.
    const camel =
      key === 'kind'
        ? 'publicationKind'
        : key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    dto[camel] = value instanceof Date ? value.toISOString() : value;
  }
  dto.kind = kind;
  return dto as Row & { id: string; unitId: string; version: number };
}
