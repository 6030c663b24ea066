// Files attached to records offline, and the order of everything queued (decision 34),
// against a real IndexedDB implementation and a small model of the server
// (test/queue-server.ts): files wait for their record's create and go under the id the phone
// chose; files alone are taken along by a later edit; an upload's conflict waits; order is
// kept; the list shows what waits.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, del, modelServer, onServer, photo, pub } from '../../test/queue-server';
import { withPending } from '../records/pending-records';
import {
  enqueueRecordDelete,
  enqueueRecordFiles,
  enqueueRecordSave,
  enqueueReportSave,
} from './enqueue';
import { clearOfflineStore, offlineDb } from './offline-db';
import { applyOnCurrent, flushQueue, listQueue } from './sync-queue';

afterEach(() => clearOfflineStore());

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

  it('a file whose answer was lost is sent again under the same key and stored once', async () => {
    const db = await offlineDb();
    await enqueueRecordFiles(db, 'me', del('p1', 1), [photo('a.jpg'), photo('b.jpg')], 'A');
    const server = modelServer([onServer('p1', 1)]);
    server.next.loseAnswer = 1;
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    const [waiting] = await listQueue(db, 'me');
    const kept = waiting?.kind === 'record.files' ? waiting.photos[0]?.key : undefined;
    expect(kept).toMatch(/^[0-9a-f-]{36}$/);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.log).toEqual(['publications a.jpg → p1@1', 'publications b.jpg → p1@2']);
    expect(server.db.get('p1')).toMatchObject({ version: 3, files: ['a.jpg', 'b.jpg'] });
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
