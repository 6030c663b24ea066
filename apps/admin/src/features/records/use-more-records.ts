// The unit page's records come a first page per kind (records.ofUnit); "Tải thêm" under a
// kind fetches its next page (records.ofKind) after the cursor the last page gave. Pages
// loaded beyond the first are dropped when the first pages change (after an edit), so
// nothing shows twice or out of date.
import type { RecordKind } from '@lantoa/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../lib/api';
import type { UnitRecords } from '../../lib/types';
import type { RecordRow } from './record-form';

interface Loaded {
  /** The first pages these extra pages follow. */
  after: UnitRecords;
  rows: Partial<Record<RecordKind, RecordRow[]>>;
  cursors: Partial<Record<RecordKind, string | null>>;
}

export function useMoreRecords(unitId: string, asOf: string | undefined, first: UnitRecords) {
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<Loaded>({ after: first, rows: {}, cursors: {} });
  const [loading, setLoading] = useState<RecordKind | null>(null);
  const [failed, setFailed] = useState<{ kind: RecordKind; error: unknown } | null>(null);
  const current = loaded.after === first ? loaded : { after: first, rows: {}, cursors: {} };

  // A snapshot kept offline by an older version has no cursors: nothing more to load then.
  const cursorOf = (kind: RecordKind) =>
    kind in current.cursors ? (current.cursors[kind] ?? null) : (first.nextCursors?.[kind] ?? null);

  const loadMore = async (kind: RecordKind) => {
    const cursor = cursorOf(kind);
    if (!cursor) return;
    setLoading(kind);
    setFailed(null);
    try {
      const page = await queryClient.fetchQuery(
        trpc.records.ofKind.queryOptions({ unitId, kind, asOf, cursor, limit: 50 }),
      );
      setLoaded({
        after: first,
        rows: { ...current.rows, [kind]: [...(current.rows[kind] ?? []), ...page.items] },
        cursors: { ...current.cursors, [kind]: page.nextCursor },
      });
    } catch (error) {
      setFailed({ kind, error });
    } finally {
      setLoading(null);
    }
  };

  return {
    rowsOf: (kind: RecordKind) =>
      [...((first[kind] ?? []) as RecordRow[]), ...(current.rows[kind] ?? [])] as RecordRow[],
    hasMore: (kind: RecordKind) => cursorOf(kind) !== null,
    isLoading: (kind: RecordKind) => loading === kind,
    errorOf: (kind: RecordKind) => (failed?.kind === kind ? failed.error : null),
    loadMore,
  };
}
