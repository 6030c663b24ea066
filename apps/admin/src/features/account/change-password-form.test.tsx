// Changing one's own password on the shared form layer: the domain's schema (the server's)
// refuses a missing or weak password before sending, the server's "wrong current password"
// lands beside its field, and a change says how many other sessions ended and clears both
// fields.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { ChangePasswordForm } from './change-password-form';

const vi = (code: Parameters<typeof msg>[0]) => translateSchemaMessage(msg(code), 'vi');

function renderForm() {
  const view = renderWithProviders(<ChangePasswordForm />);
  const current = () => screen.getByLabelText('Mật khẩu hiện tại') as HTMLInputElement;
  const next = () => screen.getByLabelText('Mật khẩu mới') as HTMLInputElement;
  const submit = () =>
    userEvent.setup().click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
  return { ...view, ui: userEvent.setup(), current, next, submit };
}

const sent = () => calls.filter((c) => c.path === 'account.changePassword');

describe('changing one’s password', () => {
  it('refuses a missing current password and a short new one before sending', async () => {
    const { ui, current, next, submit, container } = renderForm();
    await ui.type(next(), 'ngan');
    await submit();
    expect(current().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(vi('passwordRequired'))).toBeTruthy();
    expect(next().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(vi('passwordShort'))).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(current()));
    expect(sent()).toHaveLength(0);
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('puts the server’s “wrong current password” beside that field, once', async () => {
    useProcedures({
      'account.changePassword': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
          { details: { fieldErrors: { currentPassword: [msg('currentPasswordWrong')] } } },
        ),
    });
    const { ui, current, next, submit } = renderForm();
    await ui.type(current(), 'mat-khau-cu-sai');
    await ui.type(next(), 'Hoi-Chu-Thap-Do-2026');
    await submit();
    await waitFor(() => expect(current().getAttribute('aria-invalid')).toBe('true'));
    // Said once, beside the field (the server's message is the same words).
    expect(screen.getAllByText(vi('currentPasswordWrong'))).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(next().getAttribute('aria-invalid')).toBeNull();
    const errorId = current().getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain(vi('currentPasswordWrong'));
    await waitFor(() => expect(document.activeElement).toBe(current()));
  });

  it('changes it, says how many other sessions ended, and clears the fields', async () => {
    useProcedures({ 'account.changePassword': () => ({ revokedSessions: 2 }) });
    const { ui, current, next, submit } = renderForm();
    await ui.type(current(), 'Mat-khau-cu-2025');
    await ui.type(next(), 'Hoi-Chu-Thap-Do-2026');
    await submit();
    expect(
      await screen.findByText('Đã đổi mật khẩu. 2 phiên khác đã được đăng xuất.'),
    ).toBeTruthy();
    expect(sent().map((c) => c.input)).toEqual([
      { currentPassword: 'Mat-khau-cu-2025', newPassword: 'Hoi-Chu-Thap-Do-2026' },
    ]);
    expect(current().value).toBe('');
    expect(next().value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
