import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  calls,
  conflictFailure,
  fieldFailure,
  setUser,
  useProcedures,
} from '../../test/api-handlers';
import { user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const returned = {
  id: 'n-1',
  kind: 'returned',
  title: { vi: 'Báo cáo bị trả lại: Hội CTĐ huyện An Biên', en: 'Report returned: An Biên' },
  body: {
    vi: 'Báo cáo CT-05 (2026). Nhận xét của người duyệt: Thiếu ảnh',
    en: "Report CT-05 (2026). Reviewer's comment: Missing photos",
  },
  link: '/units/u-an-bien',
  unitId: 'u-an-bien',
  createdAt: '2026-06-15T03:00:00.000Z',
  readAt: null,
};
const prefs = {
  lang: 'vi',
  email: true,
  zalo: false,
  zaloUserId: '',
  quietStart: '21:00',
  quietEnd: '07:00',
  digest: true,
  version: 0,
};

describe('the bell and the notices page', () => {
  it('shows the unread count in the bell, lists the notice and marks it read', async () => {
    setUser(user('cadre'));
    let readAt: string | null = null;
    useProcedures({
      'notices.unreadCount': () => (readAt ? 0 : 1),
      'notices.mine': () => ({ items: [{ ...returned, readAt }], unread: readAt ? 0 : 1 }),
      'notices.preferences': () => prefs,
      'notices.markRead': () => {
        readAt = '2026-06-15T03:05:00.000Z';
        return { marked: 1 };
      },
    });
    const { container } = renderApp('/notices');
    expect(await screen.findByRole('link', { name: 'Thông báo, 1 chưa đọc' })).toBeTruthy();
    const card = (await screen.findByRole('heading', { name: returned.title.vi })).closest('li');
    if (!card) throw new Error('no card');
    expect(within(card).getByText(returned.body.vi)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Mở trang' }).getAttribute('href')).toBe(
      '/units/u-an-bien',
    );
    fireEvent.click(within(card).getByRole('button', { name: 'Đã đọc' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === 'notices.markRead')?.input).toEqual({ ids: ['n-1'] }),
    );
    expect(await screen.findByRole('link', { name: 'Thông báo' })).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('says so when there is nothing, and saves preferences', async () => {
    setUser(user('viewer'));
    useProcedures({
      'notices.mine': () => ({ items: [], unread: 0 }),
      'notices.preferences': () => prefs,
      'notices.savePreferences': (input) => ({ ...(input as object), version: 1 }),
    });
    renderApp('/notices');
    expect(await screen.findByText('Chưa có thông báo nào.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Bản tổng hợp tuần/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect(calls.find((c) => c.path === 'notices.savePreferences')?.input).toMatchObject({
      digest: false,
      email: true,
      quietStart: '21:00',
      quietEnd: '07:00',
      version: 0,
    });
  });

  it('refuses a blank quiet hour beside its field before sending, and shows the server’s refusal at the top', async () => {
    setUser(user('viewer'));
    useProcedures({
      'notices.mine': () => ({ items: [], unread: 0 }),
      'notices.preferences': () => prefs,
      'notices.savePreferences': () => fieldFailure({ zaloUserId: ['Mã Zalo không đúng.'] }),
    });
    const { container } = renderApp('/notices');
    const from = (await screen.findByLabelText('Từ')) as HTMLInputElement;
    fireEvent.change(from, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Giờ phải có dạng HH:mm.')).toBeTruthy();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(from.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Giờ phải có dạng HH:mm.');
    await waitFor(() => expect(document.activeElement).toBe(from));
    expect(calls.some((c) => c.path === 'notices.savePreferences')).toBe(false);
    expect(await seriousA11yViolations(container)).toEqual([]);

    fireEvent.change(from, { target: { value: '22:00' } });
    const zaloId = screen.getByLabelText(/Mã người dùng Zalo/);
    fireEvent.change(zaloId, { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
    expect(screen.getByText('Mã Zalo không đúng.')).toBeTruthy();
    expect(zaloId.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Đã lưu.')).toBeNull();
  });

  it('shows a change saved meanwhile beside mine, and sends mine again over it', async () => {
    setUser(user('viewer'));
    const theirs = { ...prefs, digest: false, version: 3 };
    let answer: unknown = conflictFailure(theirs);
    useProcedures({
      'notices.mine': () => ({ items: [], unread: 0 }),
      'notices.preferences': () => prefs,
      'notices.savePreferences': () => answer,
    });
    renderApp('/notices');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Zalo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByRole('heading', { name: 'Đã có phiên bản mới hơn' });
    const row = screen.getByRole('row', { name: /^Zalo/ });
    expect(row.textContent).toBe('ZaloKhôngCó');
    answer = { ...prefs, zalo: true, version: 4 };
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    const sent = calls.filter((c) => c.path === 'notices.savePreferences').map((c) => c.input);
    expect(sent).toEqual([
      { ...prefs, zalo: true, version: 0 },
      { ...prefs, zalo: true, version: 3 },
    ]);
  });
});
