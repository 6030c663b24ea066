import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { RecordForm, type RecordRow } from './record-form';

const course: RecordRow = {
  id: 'tc-1',
  kind: 'training_course',
  unitId: 'u-rg',
  heldOn: '2025-08-12',
  title: 'Tập huấn kỹ năng truyền thông',
  participants: 40,
  level: 'district',
  version: 1,
};

function renderForm(record: RecordRow | null = course) {
  const onDone = vi.fn();
  const view = renderWithProviders(
    <RecordForm kind="training_course" unitId="u-rg" record={record} onDone={onDone} />,
  );
  return { ...view, onDone };
}

describe('record form', () => {
  it('checks the fields with the domain schema, dates as dd/MM/yyyy, before sending', async () => {
    const { onDone } = renderForm(null);
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText('Ngày tổ chức'), '32/13/2025');
    await ui.type(screen.getByLabelText('Số người tham dự'), 'nhiều');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    const heldOn = screen.getByLabelText('Ngày tổ chức');
    expect(heldOn.getAttribute('aria-invalid')).toBe('true');
    expect(heldOn.getAttribute('aria-describedby')).toMatch(/error/);
    expect(screen.getByText('Ngày không hợp lệ (định dạng dd/MM/yyyy).')).toBeTruthy();
    expect(screen.getByLabelText('Tiêu đề').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Số người tham dự').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends ISO dates and shows server field errors beside their fields', async () => {
    useProcedures({
      'records.save': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
          { details: { fieldErrors: { title: ['Tên tối đa 200 ký tự.'] } } },
        ),
    });
    renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Tên tối đa 200 ký tự.')).toBeTruthy();
    expect(screen.getByLabelText('Tiêu đề').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Dữ liệu không hợp lệ');
    expect(calls[0]?.input).toMatchObject({
      id: 'tc-1',
      version: 1,
      record: { kind: 'training_course', heldOn: '2025-08-12', participants: 40 },
    });
    expect(calls[0]?.headers.get('x-lantoa-csrf')).toBe('1');
  });

  it('on CONFLICT shows the newer record and applies the change on top of it', async () => {
    const newer = { ...course, title: 'Bản của người khác', version: 2 };
    let attempts = 0;
    useProcedures({
      'records.save': (input) => {
        attempts += 1;
        if (attempts === 1)
          return new TrpcFailure(
            'CONFLICT',
            409,
            { vi: 'Đã bị thay đổi', en: 'Changed' },
            { details: { current: newer } },
          );
        return { ...newer, version: 3, input };
      },
      'compliance.unit': () => ({}),
      'records.ofUnit': () => ({}),
    });
    const { onDone } = renderForm();
    const ui = userEvent.setup();
    const title = screen.getByLabelText('Tiêu đề');
    await ui.clear(title);
    await ui.type(title, 'Tập huấn của tôi');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã có phiên bản mới hơn')).toBeTruthy();
    expect(screen.getByText(/Bản của người khác/)).toBeTruthy();
    expect((screen.getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Tập huấn của tôi');
    await ui.click(screen.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã lưu hồ sơ.'));
    expect(calls[1]?.input).toMatchObject({ version: 2, record: { title: 'Tập huấn của tôi' } });
  });

  it('has no serious accessibility violations', async () => {
    const { container } = renderForm();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});

describe("a participation's campaign picker (decision 33)", () => {
  const participation: RecordRow = {
    id: 'cp-1',
    kind: 'campaign_participation',
    unitId: 'u-rg',
    campaignId: 'c-old',
    campaignTitle: 'Chiến dịch cũ 2019',
    participatedOn: '2025-05-10',
    evidenceUrl: null,
    version: 1,
  };
  const titles = (select: HTMLElement) =>
    [...select.querySelectorAll('option')].map((o) => o.textContent);

  it("keeps the record's own campaign, and finds an older one by asking the server", async () => {
    useProcedures({
      'records.campaigns': (input) => {
        const { search } = (input ?? {}) as { search?: string };
        const found = search
          ? [{ id: 'c-9', title: `Cuộc thi ${search}` }]
          : [{ id: 'c-new', title: 'Tháng Nhân đạo 2025' }];
        return { items: found, nextCursor: null };
      },
    });
    renderWithProviders(
      <RecordForm
        kind="campaign_participation"
        unitId="u-rg"
        record={participation}
        onDone={vi.fn()}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Chiến dịch, cuộc thi' });
    await waitFor(() =>
      expect(titles(select)).toEqual(['— Chọn —', 'Chiến dịch cũ 2019', 'Tháng Nhân đạo 2025']),
    );
    expect((select as HTMLSelectElement).value).toBe('c-old');
    const ui = userEvent.setup();
    await ui.type(screen.getByRole('searchbox', { name: 'Tìm chiến dịch theo tên' }), 'ảnh đẹp');
    await waitFor(() => expect(titles(select)).toContain('Cuộc thi ảnh đẹp'));
    expect(titles(select)).not.toContain('Tháng Nhân đạo 2025');
    const sent = calls.filter((c) => c.path === 'records.campaigns').map((c) => c.input);
    expect(sent).toContainEqual({ search: 'ảnh đẹp', limit: 20 });
    // Typing is one request once it pauses, not one per letter.
    expect(sent.filter((i) => (i as { search?: string }).search)).toHaveLength(1);
    await ui.selectOptions(select, 'c-9');
    expect((select as HTMLSelectElement).value).toBe('c-9');
  });
});
