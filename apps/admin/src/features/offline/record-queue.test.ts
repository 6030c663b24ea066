// Records in the offline queue (decision 34), against a real IndexedDB implementation: a
// record made offline keeps the id the phone chose through edits and resends, an edit keeps
// the version first edited, a conflict waits with the server's row, and the list shows what
// still waits on top of what the server sent.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { withPending } from '../records/pending-records';
import type { RecordRow } from '../records/record-form';
import { enqueueRecordSave, enqueueReportSave } from './enqueue';
import { clearOfflineStore, offlineDb } from './offline-db';
import { holdsChange } from './offline-sync';
import type { RecordSaveInput } from './queue-types';
import {
  applyOnCurrent,
  type ClassifyFailure,
  flushQueue,
  listQueue,
  type QueueSender,
} from './sync-queue';

afterEach(() => clearOfflineStore());

const course = (title: string, participants = 20) => ({
  kind: 'training_course' as const,
  unitId: 'u1',
  heldOn: '2025-09-03',
  title,
  participants,
  level: 'district',
});

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

/** A server that keeps what it is sent, in order; `failNext` makes the next sends fail. */
function fakeServer() {
  const sent: (RecordSaveInput | string)[] = [];
  const failNext: Error[] = [];
  const sender: QueueSender = {
    async saveReport(input) {
      sent.push(`report ${input.indicator}`);
      return { id: 'r1', version: 1 };
    },
    async saveRecord(input) {
      const failure = failNext.shift();
      if (failure) throw failure;
      sent.push(input);
      return { id: input.id ?? (input.newId as string), version: (input.version ?? 0) + 1 };
    },
    async deleteRecord() {
      throw new Error('deletions: record-delete-queue.test.ts');
    },
    async uploadPhoto() {
      throw new Error('files: record-files-queue.test.ts');
    },
  };
  return { sent, failNext, sender };
}

describe('records in the offline queue', () => {
  it('a record made offline gets an id at once; editing it again stays one create with that id', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: course('Nháp') }, 'A');
    const [made] = await listQueue(db, 'me');
    const newId = made?.kind === 'record.save' ? made.input.newId : undefined;
    expect(newId).toMatch(/^[0-9a-f-]{36}$/);
    await enqueueRecordSave(
      db,
      'me',
      { id: null, version: null, record: course('Tập huấn xã đảo', 31), newId },
      'B',
    );
    const queue = await listQueue(db, 'me');
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      kind: 'record.save',
      label: 'B',
      input: { id: null, version: null, newId, record: { title: 'Tập huấn xã đảo' } },
    });
  });

  it('sends records and reports in the order made; a lost connection resends the same newId', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: course('Một') }, 'A');
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
    await enqueueRecordSave(db, 'me', { id: 'rec-9', version: 4, record: course('Hai') }, 'C');
    const server = fakeServer();
    server.failNext.push(new Offline());
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    expect(server.sent).toEqual([]);
    const newId = (await listQueue(db, 'me')).find((c) => c.kind === 'record.save')?.input;
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(3);
    expect(server.sent).toEqual([
      { id: null, version: null, record: course('Một'), newId: (newId as RecordSaveInput).newId },
      'report CT-05',
      { id: 'rec-9', version: 4, record: course('Hai') },
    ]);
    expect(await listQueue(db, 'me')).toEqual([]);
  });

  it('an edit keeps the version first edited; a conflict waits with the server row, then goes on it', async () => {
    const db = await offlineDb();
    const edit = (title: string, version: number) => ({
      id: 'rec-1',
      version,
      record: course(title),
    });
    await enqueueRecordSave(db, 'me', edit('Sửa 1', 3), 'A');
    await enqueueRecordSave(db, 'me', edit('Sửa 2', 3), 'A');
    const server = fakeServer();
    const theirs = { ...course('Bản của người khác'), id: 'rec-1', version: 4 };
    server.failNext.push(new Conflict(theirs));
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(0);
    const [waiting] = await listQueue(db, 'me');
    expect(waiting).toMatchObject({ status: 'conflict', current: theirs, input: edit('Sửa 2', 3) });
    expect(server.sent).toEqual([]);

    await applyOnCurrent(db, waiting?.seq as number);
    expect(await flushQueue(db, 'me', server.sender, classify)).toBe(1);
    expect(server.sent).toEqual([edit('Sửa 2', 4)]);
  });

  it('the list shows records made offline first and offline edits in place, marked as waiting', async () => {
    const db = await offlineDb();
    await enqueueRecordSave(db, 'me', { id: null, version: null, record: course('Mới') }, 'A');
    await enqueueRecordSave(db, 'me', { id: 'rec-1', version: 2, record: course('Đã sửa') }, 'B');
    await enqueueRecordSave(
      db,
      'me',
      { id: null, version: null, record: { ...course('Đơn vị khác'), unitId: 'u2' } },
      'C',
    );
    const rows: RecordRow[] = [
      { ...course('Cũ'), id: 'rec-1', version: 2 },
      { ...course('Không đổi'), id: 'rec-2', version: 1 },
    ];
    const shown = withPending('training_course', 'u1', rows, await listQueue(db, 'me'));
    expect(shown.map((r) => [r.title, r.pending])).toEqual([
      ['Mới', 'create'],
      ['Đã sửa', 'edit'],
      ['Không đổi', undefined],
    ]);
    expect(withPending('publication', 'u1', rows, await listQueue(db, 'me'))).toEqual(rows);
  });

  it('a resent edit the server already holds is recognised; any other difference is not', () => {
    const change = course('Đã sửa', 31);
    const server = { ...change, kind: 'leaflet', id: 'rec-1', version: 5, updatedAt: 'x' };
    expect(holdsChange(change, server)).toBe(true);
    expect(holdsChange(change, { ...server, participants: 30 })).toBe(false);
    expect(holdsChange({ ...change, note: null }, server)).toBe(true); // absent is null
    expect(holdsChange({ ...change, note: 'ghi chú' }, server)).toBe(false);
  });
});
