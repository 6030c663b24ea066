// Records as the cadre left them offline: the server's rows with the queued edits on top and
// the records made offline first, each marked as still waiting ("Chờ gửi", or "Chờ xóa" for
// a deletion) and with how many files wait for it, so a record added offline can be seen,
// edited again, given files or taken back before it is sent (decision 34).
import type { RecordKind } from '@lantoa/domain';
import {
  photosOf,
  type QueuedChange,
  type QueuedRecordChange,
  type QueuedRecordSave,
  recordOf,
} from '../offline/queue-types';
import type { RecordRow } from './record-form';

export function withPending(
  kind: RecordKind,
  unitId: string,
  rows: readonly RecordRow[],
  queue: readonly QueuedChange[],
): RecordRow[] {
  const changes = queue.filter(
    (c): c is QueuedRecordChange =>
      c.kind !== 'report.save' && recordOf(c).kind === kind && recordOf(c).unitId === unitId,
  );
  if (changes.length === 0) return [...rows];
  const files = (c: QueuedRecordChange) =>
    photosOf(c).length > 0 ? { pendingFiles: photosOf(c).length } : {};
  const edited = rows.map((row): RecordRow => {
    const change = changes.find((c) => c.input.id === row.id);
    if (!change) return row;
    if (change.kind === 'record.delete') return { ...row, pending: 'delete' };
    if (change.kind === 'record.files') return { ...row, ...files(change) };
    return { ...row, ...change.input.record, pending: 'edit', ...files(change) };
  });
  const made = changes
    .filter((c): c is QueuedRecordSave => c.kind === 'record.save' && c.input.id === null)
    .map((c) => ({
      ...c.input.record,
      id: c.input.newId as string,
      version: 0,
      pending: 'create' as const,
      ...files(c),
    }));
  return [...made, ...edited];
}
