import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { report } from '../../test/fixtures';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { ReportForm } from './report-form';

const target = { unitId: 'u-rg', indicator: 'CT-03' as const, periodKey: 'by-2025' };

function renderForm(existing = report()) {
  const onDone = vi.fn();
  const view = renderWithProviders(
    <ReportForm target={target} report={existing} onDone={onDone} />,
  );
  return { ...view, onDone };
}

describe('report form', () => {
  it('validates with the domain schema before sending, errors beside the fields', async () => {
    const { onDone } = renderForm();
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText('Số liệu (nếu có)'), 'abc');
    await ui.type(screen.getByLabelText('Địa chỉ liên kết 1'), 'not a link');
    await ui.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    const url = screen.getByLabelText('Địa chỉ liên kết 1');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    const describedBy = url.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(
      /Liên kết phải là địa chỉ http/,
    );
    expect(screen.getByText('Giá trị phải là một số.')).toBeTruthy();
    expect(calls).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('refuses a negative figure and a note with U+0000, with the domain messages', async () => {
    renderForm();
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText('Số liệu (nếu có)'), '-5');
    await ui.click(screen.getByLabelText('Ghi chú'));
    await ui.paste('ghi chú\u0000');
    await ui.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(screen.getByText('Giá trị phải từ 0 đến 1.000.000.000.000.')).toBeTruthy();
    expect(screen.getByText('Văn bản chứa ký tự điều khiển hoặc ký tự lỗi mã hóa.')).toBeTruthy();
    expect(screen.getByLabelText('Ghi chú').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('shows server field errors beside their fields', async () => {
    useProcedures({
      'reports.save': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
          {
            fieldErrors: { note: ['Ghi chú tối đa 5000 ký tự.'] },
          },
        ),
    });
    renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText('Ghi chú tối đa 5000 ký tự.')).toBeTruthy();
    expect(screen.getByLabelText('Ghi chú').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Dữ liệu không hợp lệ');
    expect(calls[0]?.headers.get('x-lantoa-csrf')).toBe('1');
  });

  it('on CONFLICT shows the newer version and re-applies the draft on top of it', async () => {
    const newer = report({ version: 2, note: 'Bản của người khác', status: 'submitted' });
    let attempts = 0;
    useProcedures({
      'reports.save': (input) => {
        attempts += 1;
        if (attempts === 1) {
          return new TrpcFailure(
            'CONFLICT',
            409,
            { vi: 'Đã bị thay đổi', en: 'Changed' },
            { details: { current: newer } },
          );
        }
        return { ...newer, ...(input as object), version: 3 };
      },
    });
    const { onDone } = renderForm();
    const ui = userEvent.setup();
    const note = screen.getByLabelText('Ghi chú');
    await ui.clear(note);
    await ui.type(note, 'Ghi chú của tôi');
    await ui.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText('Đã có phiên bản mới hơn')).toBeTruthy();
    expect(screen.getByText('Bản của người khác')).toBeTruthy();
    expect((screen.getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe('Ghi chú của tôi');
    await ui.click(screen.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã lưu báo cáo.'));
    expect(calls[1]?.input).toMatchObject({ version: 2, note: 'Ghi chú của tôi' });
  });

  it('has no serious accessibility violations', async () => {
    const { container } = renderForm();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
