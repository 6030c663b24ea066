// Records as the cadre left them offline: the server's rows with the queued edits on top and
// the records made offline first, each marked as still waiting ("Chờ gửi"), so a record
// added offline can be seen and edited again before it is sent (decision 34).
import type { RecordKind } from '@lantoa/domain';
import type { QueuedChange, QueuedRecordSave } from '../offline/queue-types';
import type { RecordRow } from './record-form';

export function withPending(
  kind: RecordKind,
  unitId: string,
  rows: readonly RecordRow[],
  queue: readonly QueuedChange[],
): RecordRow[] {
  const changes = queue.filter(
    (c): c is QueuedRecordSave =>
      c.kind === 'record.save' && c.input.record.kind === kind && c.input.record.unitId === unitId,
  );
  if (changes.length === 0) return [...rows];
  const edited = rows.map((row) => {
    const change = changes.find((c) => c.input.id === row.id);
    return change ? { ...row, ...change.input.record, pending: 'edit' as const } : row;
  });
  const made = changes
    .filter((c) => c.input.id === null && c.input.newId)
    .map((c) => ({
      ...c.input.record,
      id: c.input.newId as string,
      version: 0,
      pending: 'create' as const,
    }));
  return [...made, ...edited];
}
