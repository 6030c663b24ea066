// Deleting a record, adding a publication's files and choosing a campaign with no network
// (decision 34): the deletion and the files wait in the phone's queue instead of failing, a
// record made offline is only taken back, and the campaign search filters what the phone
// kept. Nothing reaches the API until the queue sends it.
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../lib/auth';
import { calls, server, useProcedures } from '../../test/api-handlers';
import { renderWithProviders } from '../../test/render';
import { enqueueRecordDelete, enqueueRecordSave } from '../offline/enqueue';
import { OfflineBar } from '../offline/offline-bar';
import { clearOfflineStore, offlineDb } from '../offline/offline-db';
import { startOfflineSync, stopOfflineSync } from '../offline/offline-sync';
import type { QueuedRecordDelete } from '../offline/queue-types';
import { listQueue } from '../offline/sync-queue';
import { DeleteRecordSheet } from './delete-record-sheet';
import { PublicationFilesSheet } from './publication-files-sheet';
import { RecordForm, type RecordRow } from './record-form';

const cadre: SessionUser = {
  id: 'user-cadre',
  email: 'cadre@example.vn',
  name: 'Cán bộ',
  role: 'cadre',
  unit: { id: 'u-rg', code: 'KG-RG', name: 'Rạch Giá' },
};

let isOnline = false;
beforeEach(async () => {
  isOnline = false;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => isOnline);
  await startOfflineSync(new QueryClient(), cadre);
});
afterEach(async () => {
  stopOfflineSync();
  await clearOfflineStore();
});

const leaflet: RecordRow = {
  id: 'pub-1',
  kind: 'publication',
  unitId: 'u-rg',
  title: 'Tờ rơi sơ cứu',
  publishedOn: '2025-06-01',
  files: [],
  version: 4,
};
const queued = async () => listQueue(await offlineDb(), cadre.id);

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
    isOnline = true; // the queue has not sent it yet: the deletion joins it, not races it
    const onClose = renderDelete({ ...record, id: newId, version: 0, pending: 'create' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Xóa hẳn' }));
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith('Đã bỏ hồ sơ chưa gửi (máy chủ chưa từng nhận).'),
    );
    expect(await queued()).toEqual([]);
    expect(calls.filter((c) => c.path === 'records.delete')).toEqual([]);
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

describe("a publication's files offline", () => {
  it('keeps a picked PDF in the queue on the version seen, and lists it as waiting', async () => {
    renderWithProviders(
      <PublicationFilesSheet
        row={leaflet}
        unitId="u-rg"
        title="Tờ rơi sơ cứu"
        canUpload
        onVersion={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const pdf = new File(['%PDF-1.4 tờ rơi'], 'to-roi.pdf', { type: 'application/pdf' });
    await userEvent.setup().upload(screen.getByLabelText('Thêm tệp (gửi khi có mạng)'), pdf);
    await screen.findByText('Đã lưu tệp trên máy. Sẽ gửi khi có mạng.', { exact: false });
    // (The size as read back: happy-dom's Blob does not survive fake-indexeddb's cloning.)
    await screen.findByText(/^to-roi\.pdf · .+ · Chờ gửi$/);
    expect(screen.queryByLabelText('Đính kèm tệp')).toBeNull(); // no upload that would fail
    const [change] = await queued();
    expect(change).toMatchObject({
      kind: 'record.files',
      input: { kind: 'publication', unitId: 'u-rg', id: 'pub-1', version: 4 },
      photos: [{ name: 'to-roi.pdf', type: 'application/pdf' }],
    });
  });
});

describe("a publication's upload that gets no answer", () => {
  it('keeps the file in the queue instead of failing, and goes on queueing', async () => {
    isOnline = true; // the phone believes it is online; the upload meets no server
    const uploads: string[] = [];
    server.use(
      http.post('*/files/publications/:id', ({ request }) => {
        uploads.push(request.url);
        return HttpResponse.error();
      }),
    );
    renderWithProviders(
      <PublicationFilesSheet
        row={leaflet}
        unitId="u-rg"
        title="Tờ rơi sơ cứu"
        canUpload
        onVersion={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const pdf = new File(['%PDF-1.4 tờ rơi'], 'to-roi.pdf', { type: 'application/pdf' });
    await userEvent.setup().upload(screen.getByLabelText('Đính kèm tệp'), pdf);
    await screen.findByText('Đã lưu tệp trên máy. Sẽ gửi khi có mạng.', { exact: false });
    expect(uploads).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    screen.getByLabelText('Thêm tệp (gửi khi có mạng)');
    expect(await queued()).toEqual([
      expect.objectContaining({
        kind: 'record.files',
        input: expect.objectContaining({ version: 4 }),
      }),
    ]);
  });
});

describe('the campaign picker offline', () => {
  it('filters the campaigns kept on the phone, without tone marks, and says so', async () => {
    useProcedures({
      'records.campaigns': () => ({
        items: [
          { id: 'c-1', title: 'Tháng Nhân đạo 2025' },
          { id: 'c-2', title: 'Hiến máu Chủ nhật Đỏ' },
          { id: 'c-3', title: 'Tết Nhân ái' },
        ],
        nextCursor: null,
      }),
    });
    renderWithProviders(
      <RecordForm kind="campaign_participation" unitId="u-rg" record={null} onDone={vi.fn()} />,
    );
    const select = screen.getByRole('combobox', { name: 'Chiến dịch, cuộc thi' });
    const titles = () => [...select.querySelectorAll('option')].map((o) => o.textContent);
    await waitFor(() => expect(titles()).toHaveLength(4));
    screen.getByText('Đang ngoại tuyến: chỉ tìm trong các chiến dịch mới nhất đã lưu trên máy.');
    await userEvent
      .setup()
      .type(screen.getByRole('searchbox', { name: 'Tìm chiến dịch theo tên' }), 'nhan')
      .then(() => waitFor(() => expect(titles()).toHaveLength(3)));
    expect(titles()).toEqual(['— Chọn —', 'Tháng Nhân đạo 2025', 'Tết Nhân ái']);
    const sent = calls.filter((c) => c.path === 'records.campaigns').map((c) => c.input);
    expect(sent.every((input) => !(input as { search?: string }).search)).toBe(true);
  });
});
