// The Page access token form on the shared form layer: the domain's schema refuses a token
// that cannot be one before sending (beside the field, focused), the server's refusal is
// shown at the top with the token kept for a retry, and a connection clears the field.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { ConnectForm } from './connect-form';

const TOKEN = 'EAAGpageTokenForHoiCTDRachGia0123456789';

function renderForm() {
  const onDone = vi.fn();
  const view = renderWithProviders(<ConnectForm facebookPageId="fb-2" onDone={onDone} />);
  const token = () =>
    screen.getByLabelText('Mã truy cập của Trang (Page access token)') as HTMLInputElement;
  const ui = userEvent.setup();
  const send = async (text: string) => {
    await ui.clear(token());
    if (text) {
      await ui.click(token());
      await ui.paste(text);
    }
    await ui.click(screen.getByRole('button', { name: 'Kết nối' }));
  };
  return { ...view, onDone, token, send };
}

const sent = () => calls.filter((c) => c.path === 'facebook.connect');

describe('connecting a Facebook page', () => {
  it('refuses what cannot be a token before sending', async () => {
    const { token, send, onDone, container } = renderForm();
    await send('mã sai');
    expect(token().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(translateSchemaMessage(msg('facebookToken'), 'vi'))).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(token()));
    expect(sent()).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('shows the server’s refusal at the top and keeps the token for a retry', async () => {
    useProcedures({
      'facebook.connect': () =>
        new TrpcFailure('BAD_REQUEST', 400, {
          vi: 'Facebook không chấp nhận mã truy cập này',
          en: 'Facebook refused this token',
        }),
    });
    const { token, send, onDone } = renderForm();
    await send(TOKEN);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Facebook không chấp nhận mã truy cập này',
    );
    expect(token().value).toBe(TOKEN);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('connects with the page id and the token, then clears the field', async () => {
    useProcedures({ 'facebook.connect': () => ({ id: 'c-1', version: 1, status: 'active' }) });
    const { token, send, onDone } = renderForm();
    await send(`  ${TOKEN} `);
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]?.[0]).toMatch(/Đã kết nối/);
    expect(sent().map((c) => c.input)).toEqual([{ facebookPageId: 'fb-2', accessToken: TOKEN }]);
    expect(token().value).toBe('');
  });
});
