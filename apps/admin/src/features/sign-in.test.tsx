import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setUser, useProcedures } from '../test/api-handlers';
import { user } from '../test/fixtures';
import { renderApp, seriousA11yViolations } from '../test/render';

describe('sign-in', () => {
  it('shows the server message on wrong credentials', async () => {
    server.use(
      http.post('*/auth/sign-in', () =>
        HttpResponse.json(
          { error: { code: 'UNAUTHORIZED', message: 'Email hoặc mật khẩu không đúng' } },
          { status: 401 },
        ),
      ),
    );
    const { container } = renderApp('/sign-in');
    const ui = userEvent.setup();
    await ui.type(await screen.findByLabelText('Email'), 'admin@demo.lantoa.vn');
    await ui.type(screen.getByLabelText('Mật khẩu'), 'sai-mat-khau');
    await ui.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Email hoặc mật khẩu không đúng');
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('sends a signed-out visitor to sign-in and back where they were going', async () => {
    server.use(
      http.post('*/auth/sign-in', async ({ request }) => {
        expect(request.headers.get('x-lantoa-csrf')).toBe('1');
        setUser(user('reviewer'));
        return HttpResponse.json({ user: user('reviewer') });
      }),
    );
    useProcedures({ 'reports.reviewQueue': () => [] });
    const { router } = renderApp('/review?indicator=CT-03');
    await screen.findByRole('heading', { name: 'Đăng nhập Lan Tỏa' });
    expect(router.state.location.search).toMatchObject({ redirect: '/review?indicator=CT-03' });
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText('Email'), 'reviewer@demo.lantoa.vn');
    await ui.type(screen.getByLabelText('Mật khẩu'), 'mat-khau-dung');
    await ui.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Không còn báo cáo chờ duyệt.')).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    expect(router.state.location.search).toMatchObject({ indicator: 'CT-03' });
  });
});
