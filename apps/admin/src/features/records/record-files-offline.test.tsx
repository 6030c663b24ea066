// A publication's files and the campaign choice with no network (decision 34): files wait
// in the phone's queue (also when an upload gets no answer), and the campaign search filters
// what the phone kept. Nothing reaches the API until the queue sends it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { calls, server, useProcedures } from '../../test/api-handlers';
import { offlinePhone, queued } from '../../test/offline-phone';
import { renderWithProviders } from '../../test/render';
import { PublicationFilesSheet } from './publication-files-sheet';
import { RecordForm, type RecordRow } from './record-form';

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
    phone.isOnline = true; // the phone believes it is online; the upload meets no server
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
