// The record form offline (decision 34): the save waits in the phone's queue instead of
// failing, a record made offline keeps the id the phone chose through later edits, and
// nothing reaches the API until the queue sends it.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls } from '../../test/api-handlers';
import { cadre, offlinePhone } from '../../test/offline-phone';
import { renderWithProviders } from '../../test/render';
import { offlineDb } from '../offline/offline-db';
import type { QueuedRecordSave } from '../offline/queue-types';
import { listQueue } from '../offline/sync-queue';
import { RecordForm, type RecordRow } from './record-form';

const phone = offlinePhone();

function renderForm(record: RecordRow | null) {
  const onDone = vi.fn();
  renderWithProviders(
    <RecordForm kind="training_course" unitId="u-rg" record={record} onDone={onDone} />,
  );
  return onDone;
}

const queued = async () => (await listQueue(await offlineDb(), cadre.id)) as QueuedRecordSave[];

describe('record form offline', () => {
  it('keeps a new record in the queue, with an id of its own and a line the cadre can read', async () => {
    const onDone = renderForm(null);
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText('Tiêu đề'), 'Tập huấn xã đảo');
    await ui.type(screen.getByLabelText('Ngày tổ chức'), '03/09/2025');
    await ui.type(screen.getByLabelText('Số người tham dự'), '25');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Đã lưu trên máy. Sẽ gửi khi có mạng.'),
    );
    expect(calls).toHaveLength(0);
    const [change] = await queued();
    expect(change).toMatchObject({
      kind: 'record.save',
      status: 'waiting',
      label: 'Khóa tập huấn: 03/09/2025 — Tập huấn xã đảo (25 người)',
      input: {
        id: null,
        version: null,
        record: { kind: 'training_course', unitId: 'u-rg', heldOn: '2025-09-03', participants: 25 },
      },
    });
    expect(change?.input.newId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an edit of a record made offline stays one queued create, even once back online', async () => {
    renderForm(null);
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText('Tiêu đề'), 'Nháp');
    await ui.type(screen.getByLabelText('Ngày tổ chức'), '03/09/2025');
    await ui.type(screen.getByLabelText('Số người tham dự'), '25');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect(await queued()).toHaveLength(1));
    const [made] = await queued();
    const pendingRow: RecordRow = {
      ...(made?.input.record ?? {}),
      id: made?.input.newId as string,
      version: 0,
      pending: 'create',
    };
    cleanup();

    phone.isOnline = true; // the queue has not sent it yet: the edit must join it, not race it
    const onDone = renderForm(pendingRow);
    const count = screen.getByLabelText('Số người tham dự');
    await ui.clear(count);
    await ui.type(count, '31');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Đã lưu trên máy. Sẽ gửi khi có mạng.'),
    );
    expect(calls).toHaveLength(0);
    const after = await queued();
    expect(after).toHaveLength(1);
    expect(after[0]?.input).toMatchObject({
      id: null,
      version: null,
      newId: made?.input.newId,
      record: { title: 'Nháp', participants: 31 },
    });
  });

  it('an offline edit of a server record keeps the version it was made on', async () => {
    const onDone = renderForm({
      id: 'tc-1',
      kind: 'training_course',
      unitId: 'u-rg',
      heldOn: '2025-08-12',
      title: 'Tập huấn kỹ năng truyền thông',
      participants: 40,
      level: 'district',
      version: 3,
    });
    const ui = userEvent.setup();
    const count = screen.getByLabelText('Số người tham dự');
    await ui.clear(count);
    await ui.type(count, '45');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [change] = await queued();
    expect(change?.input).toMatchObject({ id: 'tc-1', version: 3, record: { participants: 45 } });
    expect(change?.input.newId).toBeUndefined();
  });
});
