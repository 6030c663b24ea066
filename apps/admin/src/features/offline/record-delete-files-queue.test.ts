// Deleting records and attaching files to them offline (decision 34), against a real
// IndexedDB implementation and a small model of the server (versions, its own deletes
// answered again, uploads on a version): a delete after a queued create cancels both; a
// delete on a stale version waits as a conflict; a resent delete counts as delivered; files
// wait for their record's create and go under the id the phone chose; order is kept.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { withPending } from '../records/pending-records';
import type { RecordRow } from '../records/record-form';
import {
  enqueueRecordDelete,
  enqueueRecordFiles,
  enqueueRecordSave,
  enqueueReportSave,
} from './enqueue';
import { clearOfflineStore, offlineDb } from './offline-db';
import type { QueuedPhoto } from './queue-types';
import {
  applyOnCurrent,
  type ClassifyFailure,
  discardChange,
  flushQueue,
  listQueue,
  type QueueSender,
} from './sync-queue';

afterEach(() => clearOfflineStore());

const pub = (title: string) => ({
  kind: 'publication' as const,
  unitId: 'u1',
  title,
  publishedOn: '2025-09-03',
});
type Row = RecordRow & { files: string[] };

class Offline extends Error {}
class Conflict extends Error {
  constructor(readonly current: RecordRow) {
    super('conflict');
  }
}
const classify: ClassifyFailure = (error) => {
  if (error instanceof Offline) return { kind: 'offline', message: 'mất mạng' };
  if (error instanceof Conflict) return { kind: 'conflict', current: error.current };
  return { kind: 'refused', message: (error as Error).message };
};

/** The server, as far as the queue can tell: versioned rows, a delete by this user answered
 *  again (records.delete), uploads on a version. `loseAnswer` applies the next call and then
 *  loses its answer, as a phone walking out of signal does; `offline` fails it unsent. */
function modelServer(rows: Row[] = []) {
  const db = new Map(rows.map((r) => [r.id, { ...r, files: [...r.files] }]));
  const deletedByMe = new Set<string>();
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
        if (!db.has(id) && deletedByMe.has(`${id}@${version}`)) return { id };
        current(id, version);
        db.delete(id);
        deletedByMe.add(`${id}@${version}`);
        log.push(`delete ${id}@${version}`);
        return { id };
      });
    },
    async uploadPhoto(target, photo) {
      return gate(() => {
        const row = current(target.id, target.version);
        row.files.push(photo.name);
        row.version += 1;
        log.push(`${target.kind} ${photo.name} → ${target.id}@${target.version}`);
        return row.version;
      });
    },
  };
  return { db, log, next, sender };
}

const photo = (name: string): QueuedPhoto => ({
  name,
  type: 'image/jpeg',
  blob: new Blob(['x'], { type: 'image/jpeg' }),
});
const onServer = (id: string, version: number, title = 'Tờ rơi'): Row => ({
  ...pub(title),
  id,
  version,
  files: [],
});
const del = (id: string, version: number) => ({
  kind: 'publication' as const,
  unitId: 'u1',
  id,
  version,
});

describe('deleting records offline', () => {
  it('a delete of a record made offline and not yet sent cancels both: nothing is sent', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: pub('Nháp') }, 'A');
    const [made] = await listQueue(db, 'me');
    const newId = made?.kind === 'record.save' ? (made.input.newId as string) : '';
    await enqueueRecordFiles(db, 'me', { ...del(newId, 0) }, [photo('a.jpg')], 'A');
    expect(await enqueueRecordDelete(db, 'me', del(newId, 0), 'A')).toBe('cancelled');
    expect(await listQueue(db, 'me')).toEqual([]);
    const server = modelServer();
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    expect(server.log).toEqual([]);
  });

  it('a delete replaces a waiting edit of the record and keeps the version first edited', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: 'p1', version: 3, record: pub('Sửa') }, 'A');
    await enqueueRecordDelete(db, 'me', del('p1', 3), 'Xoá A');
    expect(await listQueue(db, 'me')).toEqual([
      expect.objectContaining({ kind: 'record.delete', input: del('p1', 3), label: 'Xoá A' }),
    ]);
    const server = modelServer([onServer('p1', 3)]);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.log).toEqual(['delete p1@3']);
    expect(server.db.has('p1')).toBe(false);
  });

  it('a delete on a version the server moved past waits as a conflict; keep or delete anyway', async () => {
    const db = await offlineDb();
    await enqueueRecordDelete(db, 'me', del('p1', 2), 'Xoá');
    const server = modelServer([onServer('p1', 3, 'Sửa bởi tỉnh')]);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    const [waiting] = await listQueue(db, 'me');
    expect(waiting).toMatchObject({ status: 'conflict', current: { version: 3 } });
    expect(server.db.has('p1')).toBe(true); // never applied silently
    // A second run leaves it waiting for the cadre.
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    expect(server.log).toEqual([]);

    await applyOnCurrent(db, waiting?.seq as number); // "Vẫn xóa"
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.log).toEqual(['delete p1@3']);
  });

  it('keeping the record after a conflict drops the delete and nothing else', async () => {
    const db = await offlineDb();
    await enqueueRecordDelete(db, 'me', del('p1', 2), 'Xoá');
    const server = modelServer([onServer('p1', 3)]);
    await flushQueue(db, 'me', server.sender, classify);
    const [waiting] = await listQueue(db, 'me');
    await discardChange(db, waiting?.seq as number); // "Giữ hồ sơ"
    expect(await listQueue(db, 'me')).toEqual([]);
    expect(server.db.get('p1')?.version).toBe(3);
  });

  it('a delete whose answer was lost is sent again and counts as delivered', async () => {
    const db = await offlineDb();
    await enqueueRecordDelete(db, 'me', del('p1', 1), 'Xoá');
    const server = modelServer([onServer('p1', 1)]);
    server.next.loseAnswer = 1;
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    expect(server.db.has('p1')).toBe(false);
    expect(await listQueue(db, 'me')).toHaveLength(1);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(await listQueue(db, 'me')).toEqual([]);
    expect(server.log).toEqual(['delete p1@1']);
  });
});

describe('files attached to records offline', () => {
  it('files of a record made offline wait for its create, then go under its id', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: pub('Mới') }, 'A');
    const [made] = await listQueue(db, 'me');
    const newId = made?.kind === 'record.save' ? (made.input.newId as string) : '';
    await enqueueRecordFiles(db, 'me', del(newId, 0), [photo('a.jpg'), photo('b.pdf')], 'A');
    const server = modelServer();
    server.next.offline = 1;
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    expect(server.log).toEqual([]); // no upload ahead of its record

    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.log).toEqual([
      'create Mới',
      `publications a.jpg → ${newId}@1`,
      `publications b.pdf → ${newId}@2`,
    ]);
    expect(server.db.get(newId)).toMatchObject({ version: 3, files: ['a.jpg', 'b.pdf'] });
  });

  it('files on a record already there wait alone; an edit made later goes first, files after', async () => {
    const db = await offlineDb();
    await enqueueRecordFiles(db, 'me', del('p1', 4), [photo('a.jpg')], 'A');
    const server = modelServer([onServer('p1', 4)]);
    server.next.offline = 1; // a run that sent nothing leaves the files free to join an edit
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    await enqueueRecordSave(db, 'me', { id: 'p1', version: 4, record: pub('Sửa') }, 'A');
    await enqueueRecordFiles(db, 'me', del('p1', 4), [photo('b.jpg')], 'A');
    expect(await listQueue(db, 'me')).toHaveLength(1);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.log).toEqual([
      'edit Sửa@4',
      'publications a.jpg → p1@5',
      'publications b.jpg → p1@6',
    ]);
  });

  it('a file meeting a newer version waits as a conflict, then goes on that version', async () => {
    const db = await offlineDb();
    await enqueueRecordFiles(db, 'me', del('p1', 1), [photo('a.jpg')], 'A');
    const server = modelServer([onServer('p1', 2)]);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    const [waiting] = await listQueue(db, 'me');
    expect(waiting).toMatchObject({ status: 'conflict', current: { version: 2 } });
    await applyOnCurrent(db, waiting?.seq as number);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.log).toEqual(['publications a.jpg → p1@2']);
  });

  it('a record waiting to be deleted takes no files; a delete drops files that wait', async () => {
    const db = await offlineDb();
    await enqueueRecordFiles(db, 'me', del('p1', 1), [photo('a.jpg')], 'A');
    await enqueueRecordDelete(db, 'me', del('p1', 1), 'Xoá');
    expect(await enqueueRecordFiles(db, 'me', del('p1', 1), [photo('b.jpg')], 'A')).toBeNull();
    expect((await listQueue(db, 'me')).map((c) => c.kind)).toEqual(['record.delete']);
  });
});

describe('order and the list', () => {
  it('sends creates, deletions, files and reports in the order made', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: pub('Một') }, 'A');
    await enqueueRecordDelete(db, 'me', del('p1', 1), 'B');
    await enqueueReportSave(db, 'me', {
      unitId: 'u1',
      indicator: 'CT-05',
      periodKey: '2025',
      claimsMet: true,
      value: null,
      note: '',
      links: [],
      version: null,
    });
    await enqueueRecordFiles(db, 'me', del('p2', 7), [photo('c.jpg')], 'C');
    const server = modelServer([onServer('p1', 1), onServer('p2', 7)]);
    server.next.offline = 1;
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(4);
    expect(server.log).toEqual([
      'create Một',
      'delete p1@1',
      'report CT-05',
      'publications c.jpg → p2@7',
    ]);
  });

  it('the list marks a deletion "Chờ xóa" and counts the files that wait', async () => {
    const db = await offlineDb();
    await enqueueRecordDelete(db, 'me', del('p1', 1), 'Xoá');
    await enqueueRecordFiles(db, 'me', del('p2', 1), [photo('a.jpg'), photo('b.jpg')], 'A');
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: pub('Mới') }, 'C');
    const [, , made] = await listQueue(db, 'me');
    const newId = made?.kind === 'record.save' ? (made.input.newId as string) : '';
    await enqueueRecordFiles(db, 'me', del(newId, 0), [photo('c.jpg')], 'C');
    const rows = [onServer('p1', 1, 'Xoá đi'), onServer('p2', 1, 'Thêm tệp'), onServer('p3', 1)];
    const shown = withPending('publication', 'u1', rows, await listQueue(db, 'me'));
    expect(shown.map((r) => [r.title, r.pending, r.pendingFiles])).toEqual([
      ['Mới', 'create', 1],
      ['Xoá đi', 'delete', undefined],
      ['Thêm tệp', undefined, 2],
      ['Tờ rơi', undefined, undefined],
    ]);
  });
});
