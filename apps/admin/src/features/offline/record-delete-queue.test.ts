// Deleting records offline (decision 34), against a real IndexedDB implementation and a
// small model of the server (test/queue-server.ts): a delete after a queued create cancels
// both; a delete replaces a waiting edit; a delete on a stale version waits as a conflict
// (delete anyway, or keep the record); a resent delete, or one that finds the record
// already deleted by someone else, counts as delivered.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, del, modelServer, onServer, photo, pub } from '../../test/queue-server';
import { enqueueRecordDelete, enqueueRecordFiles, enqueueRecordSave } from './enqueue';
import { clearOfflineStore, offlineDb } from './offline-db';
import { applyOnCurrent, discardChange, flushQueue, listQueue } from './sync-queue';

afterEach(() => clearOfflineStore());

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

  it('a delete of a record someone else deleted meanwhile is done, not left as refused', async () => {
    const db = await offlineDb();
    await enqueueRecordDelete(db, 'me', del('p1', 1), 'Xoá');
    const server = modelServer([onServer('p1', 1)]);
    server.deleteElsewhere('p1');
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(await listQueue(db, 'me')).toEqual([]);
  });
});
