// The offline queue against a real IndexedDB implementation (fake-indexeddb): order,
// resends after a lost connection, one pending change per report, no change in flight twice.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/types';
import { enqueueReportSave } from './enqueue';
import { clearOfflineStore, offlineDb } from './offline-db';
import type { ReportSaveInput } from './queue-types';
import {
  applyOnCurrent,
  type ClassifyFailure,
  discardChange,
  flushQueue,
  listQueue,
  type QueueSender,
  retryChange,
} from './sync-queue';

afterEach(() => clearOfflineStore());

const change = (indicator: string, note: string, version: number | null = 1) => ({
  unitId: 'u1',
  indicator,
  periodKey: 'by-2025',
  claimsMet: true,
  value: null,
  note,
  links: [],
  version,
});

class Offline extends Error {}
class Conflict extends Error {
  constructor(readonly current: Partial<Report>) {
    super('conflict');
  }
}
const classify: ClassifyFailure = (error) => {
  if (error instanceof Offline) return { kind: 'offline', message: 'mất mạng' };
  if (error instanceof Conflict) return { kind: 'conflict', current: error.current as Report };
  return { kind: 'refused', message: (error as Error).message };
};

/** A server that records every save it is sent; `failNext` makes the next sends fail. */
function fakeServer() {
  const sent: ReportSaveInput[] = [];
  const uploads: string[] = [];
  const failNext: Error[] = [];
  const sender: QueueSender = {
    async saveReport(input) {
      const failure = failNext.shift();
      if (failure) throw failure;
      sent.push(input);
      return { id: `r-${input.indicator}`, version: (input.version ?? 0) + 1 };
    },
    async saveRecord() {
      throw new Error('no record is queued in these tests (record-queue.test.ts)');
    },
    async deleteRecord() {
      throw new Error('no record is queued in these tests (record-queue.test.ts)');
    },
    async uploadPhoto(report, photo) {
      uploads.push(`${photo.name}@${report.version}`);
      return report.version + 1;
    },
  };
  return { sent, uploads, failNext, sender };
}

describe('the offline queue', () => {
  it('sends changes in the order they were made, each with the version it edited', async () => {
    const db = await offlineDb();
    await enqueueReportSave(db, 'me', change('CT-03', 'một', 4));
    await enqueueReportSave(db, 'me', change('CT-04', 'hai', 7));
    await enqueueReportSave(db, 'me', change('CT-05', 'ba', null));
    const server = fakeServer();
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent.map((s) => [s.note, s.version])).toEqual([
      ['một', 4],
      ['hai', 7],
      ['ba', null],
    ]);
    expect(await listQueue(db, 'me')).toEqual([]);
  });

  it('stops at a lost connection and resends the same save, same key, later', async () => {
    const db = await offlineDb();
    await enqueueReportSave(db, 'me', change('CT-03', 'một'));
    await enqueueReportSave(db, 'me', change('CT-04', 'hai'));
    const server = fakeServer();
    server.failNext.push(new Offline());
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent).toEqual([]);
    const [first, second] = await listQueue(db, 'me');
    expect(first).toMatchObject({ status: 'waiting', attempts: 1, error: 'mất mạng' });
    expect(second).toMatchObject({ status: 'waiting', attempts: 0 });
    const key = first?.kind === 'report.save' ? first.input.saveKey : null;

    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent.map((s) => s.note)).toEqual(['một', 'hai']);
    expect(server.sent[0]?.saveKey).toBe(key);
  });

  it('keeps one pending change per report: the newest text, on the version first edited', async () => {
    const db = await offlineDb();
    await enqueueReportSave(db, 'me', change('CT-03', 'nháp 1', 2));
    await enqueueReportSave(db, 'me', change('CT-03', 'nháp 2', 3));
    const queued = await listQueue(db, 'me');
    expect(queued).toHaveLength(1);
    expect(queued[0]?.input).toMatchObject({ note: 'nháp 2', version: 2 });
  });

  it('never has the same change in flight twice when two runs start together', async () => {
    const db = await offlineDb();
    await enqueueReportSave(db, 'me', change('CT-03', 'một'));
    const server = fakeServer();
    await Promise.all([
      flushQueue(db, 'me', server.sender, classify),
      flushQueue(db, 'me', server.sender, classify),
    ]);
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent).toHaveLength(1);
  });

  it('parks a conflict and a refusal for the cadre, sends the rest, and retries on request', async () => {
    const db = await offlineDb();
    const a = await enqueueReportSave(db, 'me', change('CT-03', 'của tôi', 1));
    const b = await enqueueReportSave(db, 'me', change('CT-04', 'sai', 1));
    await enqueueReportSave(db, 'me', change('CT-05', 'ổn', 1));
    const server = fakeServer();
    server.failNext.push(new Conflict({ version: 5, note: 'của họ' }), new Error('Từ chối'));
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent.map((s) => s.note)).toEqual(['ổn']);
    const parked = await listQueue(db, 'me');
    expect(parked.map((p) => p.status)).toEqual(['conflict', 'failed']);
    expect(parked[1]?.error).toBe('Từ chối');

    await applyOnCurrent(db, a);
    await retryChange(db, b);
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent.map((s) => [s.note, s.version])).toEqual([
      ['ổn', 1],
      ['của tôi', 5],
      ['sai', 1],
    ]);
  });

  it('uploads queued photos after the save, each on the version the last one made, once', async () => {
    const db = await offlineDb();
    const photo = (name: string) => ({ name, type: 'image/jpeg', blob: new Blob(['x']) });
    await enqueueReportSave(db, 'me', change('CT-03', 'ảnh', 1), [photo('a.jpg'), photo('b.jpg')]);
    const server = fakeServer();
    const upload = server.sender.uploadPhoto;
    let calls = 0;
    server.sender.uploadPhoto = async (report, p) => {
      if (++calls === 2) throw new Offline(); // the second photo loses the connection
      return upload(report, p);
    };
    await flushQueue(db, 'me', server.sender, classify);
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent).toHaveLength(1);
    expect(server.uploads).toEqual(['a.jpg@2', 'b.jpg@3']);
    expect(await listQueue(db, 'me')).toEqual([]);
  });

  it("shows and sends only the signed-in user's changes; discard removes one", async () => {
    const db = await offlineDb();
    const mine = await enqueueReportSave(db, 'me', change('CT-03', 'của tôi'));
    await enqueueReportSave(db, 'someone', change('CT-03', 'của người khác'));
    expect((await listQueue(db, 'me')).map((c) => 'note' in c.input && c.input.note)).toEqual([
      'của tôi',
    ]);
    await discardChange(db, mine);
    const server = fakeServer();
    await flushQueue(db, 'me', server.sender, classify);
    expect(server.sent).toEqual([]);
    expect(await listQueue(db, 'someone')).toHaveLength(1);
  });

  it('is gone after sign-out', async () => {
    const db = await offlineDb();
    await enqueueReportSave(db, 'me', change('CT-03', 'một'));
    await clearOfflineStore();
    expect(await listQueue(await offlineDb(), 'me')).toEqual([]);
  });
});
