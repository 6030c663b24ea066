// The first administrator's setup page on the shared form layer: the domain's schema (the
// one POST /auth/setup uses) refuses before sending, with the error beside its field and
// the focus on it; the server's refusals in the page's words or beside their field.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../test/api-handlers';
import { renderApp, seriousA11yViolations } from '../test/render';

async function fill(secret: string, password: string) {
  const ui = userEvent.setup();
  await ui.type(await screen.findByLabelText('Mã thiết lập một lần'), secret);
  await ui.type(screen.getByLabelText('Họ và tên'), 'Võ Hoàng Đông');
  await ui.type(screen.getByLabelText('Email'), 'dong@kiengiang.vn');
  await ui.type(screen.getByLabelText('Mật khẩu'), password);
  await ui.click(screen.getByRole('button', { name: 'Tạo tài khoản quản trị' }));
}

describe('first administrator setup', () => {
  it('refuses a common password before asking the server', async () => {
    let calls = 0;
    server.use(
      http.post('*/auth/setup', () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    const { container } = renderApp('/setup');
    await fill('bi-mat', 'password');
    expect(await screen.findByText(/quá phổ biến/)).toBeTruthy();
    expect(calls).toBe(0);
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('asks for the secret beside its field, focused, before asking the server', async () => {
    let calls = 0;
    server.use(
      http.post('*/auth/setup', () => {
        calls += 1;
        return HttpResponse.json({});
      }),
    );
    renderApp('/setup');
    await fill('   ', 'Hoi-Chu-Thap-Do-2025');
    const secret = screen.getByLabelText('Mã thiết lập một lần');
    expect(secret.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(translateSchemaMessage(msg('setupSecretRequired'), 'vi'))).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(secret));
    expect(calls).toBe(0);
  });

  it('puts the server’s field errors beside their fields, and says when setup is done', async () => {
    let attempt = 0;
    server.use(
      http.post('*/auth/setup', () => {
        attempt += 1;
        return attempt === 1
          ? HttpResponse.json(
              {
                error: {
                  code: 'BAD_REQUEST',
                  message: 'Dữ liệu không hợp lệ',
                  details: { fieldErrors: { email: [msg('email')] } },
                },
              },
              { status: 400 },
            )
          : HttpResponse.json({ error: { code: 'NOT_FOUND', message: 'x' } }, { status: 404 });
      }),
    );
    renderApp('/setup');
    await fill('bi-mat', 'Hoi-Chu-Thap-Do-2025');
    expect((await screen.findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(translateSchemaMessage(msg('email'), 'vi'))).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tạo tài khoản quản trị' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBeNull());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Đã có quản trị viên. Hãy đăng nhập.'),
    );
  });

  it('says so when the secret is wrong, and goes to sign-in when it is right', async () => {
    let attempt = 0;
    server.use(
      http.post('*/auth/setup', async ({ request }) => {
        expect(request.headers.get('x-lantoa-csrf')).toBe('1');
        attempt += 1;
        return attempt === 1
          ? HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'x' } }, { status: 403 })
          : HttpResponse.json({ user: { id: '1' } });
      }),
    );
    const { router } = renderApp('/setup');
    await fill('sai', 'Hoi-Chu-Thap-Do-2025');
    expect((await screen.findByRole('alert')).textContent).toBe('Mã thiết lập không đúng.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tạo tài khoản quản trị' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });
});
