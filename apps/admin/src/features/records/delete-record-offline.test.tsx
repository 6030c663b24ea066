// Deleting a record (decision 34): online it asks the server, and shows its refusals; with
// no network, or a request that gets no answer, the deletion waits in the phone's queue with
// the version the cadre saw, and a record made offline is only taken back. A deletion that
// met a newer version waits under the header with "Vẫn xóa" or "Giữ hồ sơ". One that got
// no answer while the phone stays online is sent again by the queue's own timer.
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  calls,
  conflictFailure,
  server,
  TrpcFailure,
  useProcedures,
} from '../../test/api-handlers';
import { cadre, offlinePhone, queued } from '../../test/offline-phone';
import { renderWithProviders } from '../../test/render';
import { enqueueRecordDelete, enqueueRecordSave } from '../offline/enqueue';
import { OfflineBar } from '../offline/offline-bar';
import { offlineDb } from '../offline/offline-db';
import { startOfflineSync, stopOfflineSync, syncNow } from '../offline/offline-sync';
import type { QueuedRecordDelete } from '../offline/queue-types';
import { DeleteRecordSheet } from './delete-record-sheet';
import type { RecordRow } from './record-form';

const phone = offlinePhone();

const leaflet: RecordRow = {
  id: 'pub-1',
  kind: 'publication',
  unitId: 'u-rg',
  title: 'Tờ rơi sơ cứu',
  publishedOn: '2025-06-01',
  files: [],
  version: 4,
};

function renderDelete(record: RecordRow) {
  const onClose = vi.fn();
  renderWithProviders(
    <DeleteRecordSheet
      kind="publication"
      record={record}
      unitId="u-rg"
      line={String(record.title)}
      onClose={onClose}
    />,
  );
  return onClose;
}

describe('deleting a record offline', () => {
  it('queues the deletion with the version the cadre saw, and says it waits', async () => {
    const onClose = renderDelete(leaflet);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith('Đã lưu trên máy: hồ sơ sẽ được xóa khi có mạng.'),
    );
    expect(calls.filter((c) => c.path === 'records.delete')).toEqual([]);
    expect(await queued()).toEqual([
      expect.objectContaining({
        kind: 'record.delete',
        label: 'Xóa: Tờ rơi sơ cứu',
        input: { kind: 'publication', unitId: 'u-rg', id: 'pub-1', version: 4 },
      }),
    ]);
  });

  it('takes back a record made offline, even once online: nothing is ever sent', async () => {
    const db = await offlineDb();
    const record = {
      kind: 'publication' as const,
      unitId: 'u-rg',
      title: 'Bản tin nháp',
      publishedOn: '2025-06-01',
    };
    await enqueueRecordSave(db, cadre.id, { id: null, version: null, record }, 'A');
    const [made] = await queued();
    const newId = made?.kind === 'record.save' ? (made.input.newId as string) : '';
    phone.isOnline = true; // the queue has not sent it yet: the deletion joins it, not races it
    const onClose = renderDelete({ ...record, id: newId, version: 0, pending: 'create' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith('Đã bỏ hồ sơ chưa gửi (máy chủ chưa từng nhận).'),
    );
    expect(await queued()).toEqual([]);
    expect(calls.filter((c) => c.path === 'records.delete')).toEqual([]);
  });
});

describe('deleting a record online', () => {
  it('asks the server once and queues nothing', async () => {
    phone.isOnline = true;
    useProcedures({ 'records.delete': () => ({ id: 'pub-1', unitId: 'u-rg' }) });
    const onClose = renderDelete(leaflet);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledWith('Đã xóa hồ sơ.'));
    expect(calls.filter((c) => c.path === 'records.delete').map((c) => c.input)).toEqual([
      { kind: 'publication', id: 'pub-1', version: 4 },
    ]);
    expect(await queued()).toEqual([]);
  });

  it("shows the server's CONFLICT in the sheet, queueing nothing", async () => {
    phone.isOnline = true;
    useProcedures({
      'records.delete': () => conflictFailure({ ...leaflet, version: 5 }),
    });
    const onClose = renderDelete(leaflet);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await screen.findByText('Dữ liệu đã được người khác thay đổi.');
    expect(onClose).not.toHaveBeenCalled();
    expect(await queued()).toEqual([]);
  });

  it('queues the deletion when the request gets no answer at all', async () => {
    phone.isOnline = true; // the phone believes it is online
    server.use(http.all('*/trpc/:paths', () => HttpResponse.error()));
    const onClose = renderDelete(leaflet);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith('Đã lưu trên máy: hồ sơ sẽ được xóa khi có mạng.'),
    );
    expect(await queued()).toEqual([expect.objectContaining({ kind: 'record.delete' })]);
  });
});

describe('a deletion that met a newer version, under the header', () => {
  it('says so and offers "Vẫn xóa" or "Giữ hồ sơ"; keeping drops only the deletion', async () => {
    const db = await offlineDb();
    const input = { kind: 'publication' as const, unitId: 'u-rg', id: 'pub-1', version: 4 };
    await enqueueRecordDelete(db, cadre.id, input, 'Xóa: Tờ rơi sơ cứu');
    const [change] = await queued();
    await db.put('queue', {
      ...(change as QueuedRecordDelete),
      status: 'conflict',
      current: { ...leaflet, version: 5 },
    });
    renderWithProviders(<OfflineBar />);
    await screen.findByText(
      'Người khác đã sửa hồ sơ này sau khi bạn xóa: xóa bản mới của họ, hay giữ hồ sơ?',
    );
    screen.getByRole('button', { name: 'Vẫn xóa' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Giữ hồ sơ' }));
    await waitFor(async () => expect(await queued()).toEqual([]));
    expect(calls.filter((c) => c.path === 'records.delete')).toEqual([]);
  });
});

/** Online, with the queue's own retries 20 ms apart instead of 15 s and more. */
async function onlineWithQuickRetries() {
  stopOfflineSync();
  await startOfflineSync(new QueryClient(), cadre, { delayOf: () => 20 });
  phone.isOnline = true;
}

const serverDeletes = () =>
  useProcedures({ 'records.delete': () => ({ id: 'pub-1', alreadyDeleted: false }) });

describe('a deletion whose request got no answer while the phone stays online', () => {
  it('is sent again by the queue itself, with no reconnect to wake it', async () => {
    await onlineWithQuickRetries();
    let answers = 0;
    server.use(
      http.all('*/trpc/:paths', () => {
        answers += 1;
        return HttpResponse.error();
      }),
    );
    const onClose = renderDelete(leaflet);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await syncNow(); // what the queue does after a change is queued, or on reconnect
    await waitFor(() => expect(answers).toBeGreaterThanOrEqual(3));
    server.resetHandlers();
    serverDeletes();
    await waitFor(async () => expect(await queued()).toEqual([]));
    expect(calls.filter((c) => c.path === 'records.delete')).toHaveLength(1);
  });
});

describe('a deletion the server cannot take for now (503: a full disk)', () => {
  it("waits in the queue with the server's words, and goes once the server takes it", async () => {
    await onlineWithQuickRetries();
    const full = {
      vi: 'Máy chủ đã hết chỗ lưu trữ nên chưa lưu được thay đổi này',
      en: 'The server has run out of storage, so this change was not saved',
    };
    useProcedures({
      'records.delete': () =>
        new TrpcFailure('SERVICE_UNAVAILABLE', 503, full, { details: { reason: 'storage_full' } }),
    });
    await enqueueRecordDelete(
      await offlineDb(),
      cadre.id,
      { kind: 'publication', unitId: 'u-rg', id: 'pub-1', version: 4 },
      'Xóa: Tờ rơi sơ cứu',
    );
    renderWithProviders(<OfflineBar />);
    await syncNow();
    await screen.findByText(new RegExp(full.vi));
    expect(await queued()).toEqual([expect.objectContaining({ status: 'waiting' })]);
    serverDeletes();
    await waitFor(async () => expect(await queued()).toEqual([]));
  });
});
