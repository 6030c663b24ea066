// Setting a password from an emailed link, on the shared form layer: the domain's schema
// (the one POST /auth/reset uses) refuses a weak password and a broken link before
// sending, the server's refusal of a used link offers a new one, and a set password says
// so and leads to sign-in.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answerAuth } from '../../test/api-handlers';
import { renderApp, seriousA11yViolations } from '../../test/render';

const TOKEN = 'A'.repeat(43);

async function setPassword(password: string) {
  const ui = userEvent.setup();
  const field = await screen.findByLabelText('Mật khẩu mới');
  await ui.clear(field);
  await ui.type(field, password);
  await ui.click(screen.getByRole('button', { name: 'Lưu mật khẩu' }));
  return field;
}

describe('setting a password from a link', () => {
  it('refuses a common password, and a broken link, before asking the server', async () => {
    const bodies = answerAuth('reset', () => HttpResponse.json({ ok: true }));
    const { container } = renderApp(`/reset-password?token=${TOKEN}`);
    const field = await setPassword('password');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(translateSchemaMessage(msg('passwordCommon'), 'vi'))).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(await seriousA11yViolations(container)).toEqual([]);
    expect(bodies).toHaveLength(0);
  });

  it('says a broken link is not valid and offers a new one, without sending', async () => {
    const bodies = answerAuth('reset', () => HttpResponse.json({ ok: true }));
    renderApp('/reset-password?token=ngan');
    await setPassword('Hoi-Chu-Thap-Do-2026');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Liên kết không hợp lệ');
    expect(screen.getByRole('link', { name: 'Yêu cầu liên kết mới' })).toBeTruthy();
    expect(bodies).toHaveLength(0);
  });

  it('shows the server’s refusal of a used link, then sets the password', async () => {
    let attempt = 0;
    const bodies = answerAuth('reset', () => {
      attempt += 1;
      return attempt === 1
        ? HttpResponse.json(
            { error: { code: 'BAD_REQUEST', message: 'Liên kết đã hết hạn hoặc đã được dùng' } },
            { status: 400 },
          )
        : HttpResponse.json({ ok: true, email: 'lan@hoi.vn' });
    });
    renderApp(`/reset-password?token=${TOKEN}`);
    await setPassword('Hoi-Chu-Thap-Do-2026');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Liên kết đã hết hạn hoặc đã được dùng',
    );
    expect(screen.getByRole('link', { name: 'Yêu cầu liên kết mới' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu mật khẩu' }));
    expect(
      await screen.findByText('Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toBeTruthy();
    expect(bodies).toEqual([
      { token: TOKEN, password: 'Hoi-Chu-Thap-Do-2026' },
      { token: TOKEN, password: 'Hoi-Chu-Thap-Do-2026' },
    ]);
  });
});
