// "Kết nối Facebook" on a unit's page: every reader sees which figures came from Facebook
// and when; an administrator connects with a token (sent once, never shown); others get
// no button; a missing server key is said plainly.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../lib/auth';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const TOKEN = 'EAAGpageTokenForHoiCTDRachGia0123456789';
const checked = {
  id: 'fb-1',
  url: 'https://www.facebook.com/hoictd.rachgia',
  name: 'Trang Hội',
  connection: {
    status: 'needs_token',
    version: 2,
    connectedAt: '2026-06-01T02:00:00.000Z',
    connectedByName: 'Quản trị tỉnh',
    nextCheckAt: '2026-06-16T18:00:00.000Z',
  },
  lastCheck: {
    checkedOn: '2026-06-15',
    checkedAt: '2026-06-14T18:05:00.000Z',
    outcome: 'ok',
    name: 'Hội Chữ thập đỏ phường Rạch Giá',
    category: 'Tổ chức phi lợi nhuận',
    verificationStatus: 'not_verified',
    followerCount: 12480,
    windowDays: 30,
    recentPostCount: 9,
    lastPostOn: '2026-06-14',
    errorCode: null,
    errorMessage: null,
  },
  lastFailure: {
    checkedOn: '2026-06-16',
    checkedAt: '2026-06-15T18:05:00.000Z',
    outcome: 'token_invalid',
    errorCode: 190,
    errorMessage: 'Session has expired',
  },
};
const manual = {
  id: 'fb-2',
  url: 'https://facebook.com/x',
  name: 'Trang cũ',
  connection: null,
  lastCheck: null,
  lastFailure: null,
};

function showUnit(viewer: SessionUser, relation: string, isConfigured = true) {
  setUser(viewer);
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.unit': () => ({
      unit: { ...RACH_GIA, version: 1, mergedInto: null },
      parent: null,
      children: [],
      deadlines: [],
      evaluations: [],
      reports: [],
      history: [],
      relation,
    }),
    'records.ofUnit': () => [],
    'records.campaigns': () => ({ items: [], nextCursor: null }),
    'facebook.ofUnit': () => ({ isConfigured, pages: [checked, manual] }),
    'facebook.connect': () => ({ id: 'c-1', version: 1, status: 'active' }),
  });
  renderApp(`/units/${RACH_GIA.id}`);
}

describe('Kết nối Facebook', () => {
  it('shows a viewer which figures came from Facebook and when, without buttons', async () => {
    showUnit(user('viewer'), 'own');
    const section = await screen.findByRole('region', { name: 'Kết nối Facebook' });
    expect(
      within(section).getByText(/Số liệu từ Facebook, kiểm tra lúc 15\/06\/2026 01:05/),
    ).toBeTruthy();
    expect(within(section).getByText('12.480')).toBeTruthy();
    expect(within(section).getByText('14/06/2026')).toBeTruthy();
    expect(within(section).getByText('Cần mã truy cập mới')).toBeTruthy();
    expect(within(section).getByText(/Mã truy cập đã hết hạn .* \(#190\)/)).toBeTruthy();
    expect(within(section).getByText('Chưa kết nối: số liệu nhập tay')).toBeTruthy();
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('lets the administrator connect a page with its token, sent once and cleared', async () => {
    showUnit(user('admin'), 'descendant');
    const ui = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Kết nối Facebook' });
    await ui.click(within(section).getByRole('button', { name: 'Kết nối Facebook Trang cũ' }));
    const sheet = await screen.findByRole('dialog');
    // The form loads when its sheet opens.
    const field = await within(sheet).findByLabelText('Mã truy cập của Trang (Page access token)');
    expect(field.getAttribute('type')).toBe('password');
    await ui.click(within(sheet).getByRole('button', { name: 'Kết nối' }));
    expect(await within(sheet).findByText(/Page access token.*20–1000 ký tự/)).toBeTruthy();
    await ui.click(field);
    await ui.paste(TOKEN);
    await ui.click(within(sheet).getByRole('button', { name: 'Kết nối' }));
    expect(await screen.findByText(/Đã kết nối. Trang sẽ được kiểm tra/)).toBeTruthy();
    expect(calls.find((c) => c.path === 'facebook.connect')?.input).toEqual({
      facebookPageId: 'fb-2',
      accessToken: TOKEN,
    });
    expect(within(section).getByRole('button', { name: 'Nhập mã mới Trang Hội' })).toBeTruthy();
  }, 20_000);

  it('tells the administrator when the server has no encryption key', async () => {
    showUnit(user('admin'), 'descendant', false);
    const section = await screen.findByRole('region', { name: 'Kết nối Facebook' });
    expect(within(section).getByText(/chưa được cấu hình khóa mã hóa/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: /Kết nối Facebook/ })).toBeNull();
  });
});
