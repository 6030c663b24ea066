// "Forgot password" on the shared form layer: the domain's schema (the one POST
// /auth/reset-request uses) refuses a malformed email beside its field before sending; the
// server's refusal (too many requests) is said at the top; its answer is shown once sent.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answerAuth } from '../../test/api-handlers';
import { renderApp, seriousA11yViolations } from '../../test/render';

const SENT = 'Nếu email này có tài khoản, một liên kết đặt lại mật khẩu vừa được gửi tới đó.';

async function ask(email: string) {
  const ui = userEvent.setup();
  const field = await screen.findByLabelText('Email');
  await ui.clear(field);
  if (email) await ui.type(field, email);
  await ui.click(screen.getByRole('button', { name: 'Gửi liên kết' }));
  return field;
}

describe('asking for a reset link', () => {
  it('refuses a malformed email beside its field, focused, before asking the server', async () => {
    const bodies = answerAuth('reset-request', () =>
      HttpResponse.json({ ok: true, message: SENT }),
    );
    const { container } = renderApp('/forgot-password');
    const field = await ask('lan-hoi.vn');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const errorId = field.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain(
      translateSchemaMessage(msg('email'), 'vi'),
    );
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await seriousA11yViolations(container)).toEqual([]);
    expect(bodies).toHaveLength(0);
  });

  it('says the server’s refusal at the top, then shows its answer once sent', async () => {
    let attempt = 0;
    const bodies = answerAuth('reset-request', () => {
      attempt += 1;
      return attempt === 1
        ? HttpResponse.json(
            {
              error: {
                code: 'TOO_MANY_REQUESTS',
                message: 'Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau 15 phút',
              },
            },
            { status: 429 },
          )
        : HttpResponse.json({ ok: true, message: SENT });
    });
    renderApp('/forgot-password');
    const field = await ask('Lan@Hoi.vn');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau 15 phút',
    );
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Gửi liên kết' }));
    expect((await screen.findByRole('status')).textContent).toBe(SENT);
    expect(screen.queryByRole('alert')).toBeNull();
    // The schema's output is sent: the address as the server stores it, lower case.
    expect(bodies).toEqual([{ email: 'lan@hoi.vn' }, { email: 'lan@hoi.vn' }]);
  });

  it('puts the server’s field error beside the email', async () => {
    answerAuth('reset-request', () =>
      HttpResponse.json(
        {
          error: {
            code: 'BAD_REQUEST',
            message: 'Dữ liệu không hợp lệ',
            details: { fieldErrors: { email: [msg('email')] } },
          },
        },
        { status: 400 },
      ),
    );
    renderApp('/forgot-password');
    const field = await ask('lan@hoi.vn');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(translateSchemaMessage(msg('email'), 'vi'))).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
  });
});
