import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, searchUnitsIn, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { pickUnit } from '../../test/pick-unit';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { OfficialReportForm } from './official-report-form';

const units = [
  { id: 'u-ag', code: 'ag', name: 'Hội Chữ thập đỏ tỉnh An Giang', kind: 'province' as const },
  { id: 'u-cd', code: 'ag-can-dang', name: 'Hội CTĐ xã Cần Đăng', kind: 'commune' as const },
];

function renderForm() {
  const onMade = vi.fn();
  const view = renderWithProviders(
    <OfficialReportForm
      first={units[0] as (typeof units)[number]}
      provinceName="Hội Chữ thập đỏ tỉnh An Giang"
      onMade={onMade}
    />,
  );
  return { ...view, onMade };
}

describe('official report form', () => {
  it('starts from the province’s place, the board’s signing formula and the usual recipients', () => {
    renderForm();
    expect((screen.getByLabelText('Địa danh') as HTMLInputElement).value).toBe('An Giang');
    expect((screen.getByLabelText('Thẩm quyền ký') as HTMLInputElement).value).toBe(
      'TM. BAN THƯỜNG VỤ',
    );
    expect((screen.getByLabelText('Nơi nhận') as HTMLTextAreaElement).value).toMatch(
      /^Trung ương Hội CTĐ Việt Nam\n/,
    );
  });

  it('checks the number and signer with the domain schema before sending anything', async () => {
    const { onMade } = renderForm();
    const ui = userEvent.setup();
    await ui.click(screen.getByLabelText('Số, ký hiệu'));
    await ui.paste('15');
    await ui.click(screen.getByRole('button', { name: 'Lập và tải báo cáo' }));
    expect(screen.getByLabelText('Số, ký hiệu').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Số báo cáo có dạng 15/BC-CTĐ.')).toBeTruthy();
    expect(screen.getByLabelText('Họ tên người ký').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
    expect(onMade).not.toHaveBeenCalled();
  });

  // Filling nine fields re-renders the form often: more than 5 s on a busy machine.
  it('sends the filled-in report, recipients one per line, and hands back what was made', {
    timeout: 20_000,
  }, async () => {
    useProcedures({
      'officialReports.generate': () => ({
        id: 'r-1',
        fileName: 'Báo cáo năm 2025 - An Giang.docx',
      }),
      'officialReports.list': () => [],
      'units.search': searchUnitsIn(units),
    });
    const { onMade } = renderForm();
    const ui = userEvent.setup();
    await pickUnit(ui, 'Đơn vị báo cáo', 'can dang', /Cần Đăng/);
    await ui.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2025');
    await ui.click(screen.getByLabelText('Số, ký hiệu'));
    await ui.paste('03/BC-CTĐ');
    await ui.click(screen.getByLabelText('Họ tên người ký'));
    await ui.paste('Trần Văn Bình');
    await ui.click(screen.getByLabelText('Đánh giá chung'));
    await ui.paste('Hoàn thành kế hoạch.');
    await ui.click(screen.getByRole('button', { name: 'Lập và tải báo cáo' }));
    await waitFor(() =>
      expect(onMade).toHaveBeenCalledWith(expect.objectContaining({ id: 'r-1' })),
    );
    expect(calls.find((c) => c.path === 'officialReports.generate')?.input).toMatchObject({
      unitId: 'u-cd',
      kind: 'annual',
      year: 2025,
      number: '03/BC-CTĐ',
      signerName: 'Trần Văn Bình',
      recipients: ['Ban Thường vụ Hội CTĐ tỉnh', 'Ban Tuyên huấn Hội CTĐ tỉnh'],
      assessment: 'Hoàn thành kế hoạch.',
    });
  });

  it('shows a refusal from the server', { timeout: 20_000 }, async () => {
    useProcedures({
      'officialReports.generate': () =>
        new TrpcFailure('NOT_FOUND', 404, { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' }),
    });
    renderForm();
    const ui = userEvent.setup();
    await ui.click(screen.getByLabelText('Số, ký hiệu'));
    await ui.paste('03/BC-CTĐ');
    await ui.click(screen.getByLabelText('Họ tên người ký'));
    await ui.paste('Trần Văn Bình');
    await ui.click(screen.getByRole('button', { name: 'Lập và tải báo cáo' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Không tìm thấy đơn vị');
  });

  it('has no serious accessibility violations', async () => {
    const { container } = renderForm();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
