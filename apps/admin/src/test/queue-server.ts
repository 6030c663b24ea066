// For the offline queue's tests of records (decision 34): a small model of the server, the
// failures the queue sorts, and sample publications, files and deletions.
import type { QueuedPhoto } from '../features/offline/queue-types';
import type { ClassifyFailure, QueueSender } from '../features/offline/sync-queue';
import type { RecordRow } from '../features/records/record-form';

export const pub = (title: string) => ({
  kind: 'publication' as const,
  unitId: 'u1',
  title,
  publishedOn: '2025-09-03',
});
export type Row = RecordRow & { files: string[] };

export class Offline extends Error {}
export class Conflict extends Error {
  constructor(readonly current: RecordRow) {
    super('conflict');
  }
}
export const classify: ClassifyFailure = (error) => {
  if (error instanceof Offline) return { kind: 'offline', message: 'mất mạng' };
  if (error instanceof Conflict) return { kind: 'conflict', current: error.current };
  return { kind: 'refused', message: (error as Error).message };
};

/** The server, as far as the queue can tell: versioned rows, a delete of a record already
 *  deleted answered as done (records.delete), uploads on a version, answered again under
 *  their key (the upload route). `loseAnswer` applies the next call and then loses its
 *  answer, as a phone walking out of signal does; `offline` fails it unsent. `deleteElsewhere`
 *  is another user's delete. */
export function modelServer(rows: Row[] = []) {
  const db = new Map(rows.map((r) => [r.id, { ...r, files: [...r.files] }]));
  const deleted = new Set<string>();
  const uploads = new Map<string, number>();
  const log: string[] = [];
  const next = { offline: 0, loseAnswer: 0 };
  const gate = async <T>(apply: () => T): Promise<T> => {
    if (next.offline > 0) {
      next.offline -= 1;
      throw new Offline();
    }
    const result = apply();
    if (next.loseAnswer > 0) {
      next.loseAnswer -= 1;
      throw new Offline();
    }
    return result;
  };
  const current = (id: string, version: number | null) => {
    const row = db.get(id);
    if (!row) throw new Error('Không tìm thấy bản ghi');
    if (row.version !== version) throw new Conflict({ ...row });
    return row;
  };
  const sender: QueueSender = {
    async saveReport(input) {
      return gate(() => {
        log.push(`report ${input.indicator}`);
        return { id: 'r1', version: 1 };
      });
    },
    async saveRecord(input) {
      return gate(() => {
        if (input.id === null) {
          const id = input.newId as string;
          const row = db.get(id) ?? { ...input.record, id, version: 1, files: [] };
          if (!db.has(id)) log.push(`create ${String(input.record.title)}`);
          db.set(id, row);
          return row;
        }
        const row = current(input.id, input.version);
        Object.assign(row, input.record, { version: row.version + 1 });
        log.push(`edit ${String(input.record.title)}@${input.version}`);
        return row;
      });
    },
    async deleteRecord({ id, version }) {
      return gate(() => {
        if (!db.has(id) && deleted.has(id)) return { id };
        current(id, version);
        db.delete(id);
        deleted.add(id);
        log.push(`delete ${id}@${version}`);
        return { id };
      });
    },
    async uploadPhoto(target, photo) {
      return gate(() => {
        const earlier = target.key ? uploads.get(target.key) : undefined;
        if (earlier !== undefined) return earlier;
        const row = current(target.id, target.version);
        row.files.push(photo.name);
        row.version += 1;
        if (target.key) uploads.set(target.key, row.version);
        log.push(`${target.kind} ${photo.name} → ${target.id}@${target.version}`);
        return row.version;
      });
    },
  };
  const deleteElsewhere = (id: string) => {
    db.delete(id);
    deleted.add(id);
  };
  return { db, log, next, sender, deleteElsewhere };
}

export const photo = (name: string): QueuedPhoto => ({
  name,
  type: 'image/jpeg',
  blob: new Blob(['x'], { type: 'image/jpeg' }),
});
export const onServer = (id: string, version: number, title = 'Tờ rơi'): Row => ({
  ...pub(title),
  id,
  version,
  files: [],
});
export const del = (id: string, version: number) => ({
  kind: 'publication' as const,
  unitId: 'u1',
  id,
  version,
});
