// The consent forms of an ambassador's page on the shared form layer: the domain's schema
// refuses before anything is sent (the error beside its field, focus on it), the server's
// refusal is shown at the top with its field error in place, and a saved consent closes
// the sheet after sending ISO dates.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { ambassador } from '../../test/fixtures';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { Consents } from './consents';

const consent = {
  id: 'c-1',
  ambassador_id: 'a-1',
  purpose: 'Sử dụng hình ảnh',
  consented_on: '2024-12-20',
  document_ref: 'Phiếu 01/2024',
  withdrawn_on: null,
  created_at: '2024-12-20T00:00:00.000Z',
};

function renderConsents() {
  const a = ambassador({ consents: [consent] as never });
  const view = renderWithProviders(<Consents ambassador={a} canChange />);
  return { ...view, ui: userEvent.setup() };
}

const sent = (path: string) => calls.filter((c) => c.path === path);

describe('recording a consent', () => {
  it('checks with the domain schema first: errors beside their fields, focus on the first', async () => {
    const { ui } = renderConsents();
    await ui.click(screen.getByRole('button', { name: '+ Ghi nhận đồng ý' }));
    const sheet = await screen.findByRole('dialog');
    const date = within(sheet).getByLabelText('Ngày đồng ý');
    await ui.clear(date);
    await ui.type(date, '31/02/2025');
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
    const purpose = within(sheet).getByLabelText('Mục đích');
    expect(purpose.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(purpose));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    const dateError = document.getElementById(
      (date.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '',
    );
    expect(dateError?.textContent).toContain(translateSchemaMessage(msg('viDate'), 'vi'));
    expect(within(sheet).getByLabelText('Số hiệu văn bản').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(sent('ambassadors.recordConsent')).toHaveLength(0);
  });

  it('shows the server’s refusal at the top and its field error beside the field', async () => {
    useProcedures({
      'ambassadors.recordConsent': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
          { fieldErrors: { documentRef: ['Số hiệu đã được ghi nhận.'] } },
        ),
    });
    const { ui } = renderConsents();
    await ui.click(screen.getByRole('button', { name: '+ Ghi nhận đồng ý' }));
    const sheet = await screen.findByRole('dialog');
    await ui.type(within(sheet).getByLabelText('Mục đích'), 'Dùng hình ảnh trên trang Hội');
    await ui.type(within(sheet).getByLabelText('Số hiệu văn bản'), 'Phiếu 01/2024');
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
    expect((await within(sheet).findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
    const ref = within(sheet).getByLabelText('Số hiệu văn bản');
    expect(ref.getAttribute('aria-invalid')).toBe('true');
    expect(within(sheet).getByText('Số hiệu đã được ghi nhận.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(ref));
    // What was typed stays for the next try.
    expect((within(sheet).getByLabelText('Mục đích') as HTMLTextAreaElement).value).toBe(
      'Dùng hình ảnh trên trang Hội',
    );
  });

  it('sends the typed date as ISO and closes the sheet when saved', async () => {
    useProcedures({
      'ambassadors.recordConsent': (input) => ({ id: 'c-2', ...(input as object) }),
    });
    const { ui, container } = renderConsents();
    await ui.click(screen.getByRole('button', { name: '+ Ghi nhận đồng ý' }));
    const sheet = await screen.findByRole('dialog');
    expect(await seriousA11yViolations(container)).toEqual([]);
    await ui.type(within(sheet).getByLabelText('Mục đích'), 'Dùng hình ảnh');
    const date = within(sheet).getByLabelText('Ngày đồng ý');
    await ui.clear(date);
    await ui.type(date, '05/03/2025');
    await ui.type(within(sheet).getByLabelText('Số hiệu văn bản'), 'Phiếu 02/2025');
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent('ambassadors.recordConsent').map((c) => c.input)).toEqual([
      {
        ambassadorId: 'a-1',
        purpose: 'Dùng hình ảnh',
        consentedOn: '2025-03-05',
        documentRef: 'Phiếu 02/2025',
      },
    ]);
  });
});

describe('withdrawing a consent', () => {
  it('refuses a date that is no date, then shows the server’s refusal, then withdraws', async () => {
    let attempts = 0;
    useProcedures({
      'ambassadors.withdrawConsent': (input) => {
        attempts += 1;
        return attempts === 1
          ? new TrpcFailure('NOT_FOUND', 404, { vi: 'Không tìm thấy', en: 'Not found' })
          : { ...consent, withdrawn_on: (input as { withdrawnOn: string }).withdrawnOn };
      },
    });
    const { ui } = renderConsents();
    await ui.click(screen.getByRole('button', { name: /Rút lại đồng ý/ }));
    const sheet = await screen.findByRole('dialog');
    const date = within(sheet).getByLabelText('Ngày rút lại');
    await ui.clear(date);
    await ui.type(date, '2025');
    await ui.click(within(sheet).getByRole('button', { name: 'Rút lại đồng ý' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(sheet).getByText(translateSchemaMessage(msg('viDate'), 'vi'))).toBeTruthy();
    expect(attempts).toBe(0);
    await ui.clear(date);
    await ui.type(date, '01/06/2025');
    await ui.click(within(sheet).getByRole('button', { name: 'Rút lại đồng ý' }));
    expect((await within(sheet).findByRole('alert')).textContent).toBe('Không tìm thấy');
    expect(date.getAttribute('aria-invalid')).toBeNull();
    await ui.click(within(sheet).getByRole('button', { name: 'Rút lại đồng ý' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent('ambassadors.withdrawConsent').map((c) => c.input)).toEqual([
      { consentId: 'c-1', withdrawnOn: '2025-06-01' },
      { consentId: 'c-1', withdrawnOn: '2025-06-01' },
    ]);
  });
});
