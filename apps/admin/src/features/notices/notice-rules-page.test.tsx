// The province's đôn đốc rules screen: the domain's schema refuses bad input before any
// call, in Vietnamese or English, beside the box it is about; the server's refusal is said
// at the top and its field errors beside their boxes; a save sends the rules with their
// version; a concurrent change shows the latest rules beside the draft (the shared
// ConflictView) and lets the administrator choose; reset fills the defaults; roles the policy does not grant `notice.manage` are sent away and never ask.
import { DEFAULT_NOTICE_RULES } from '@lantoa/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  calls,
  conflictFailure,
  fieldFailure,
  setUser,
  useProcedures,
} from '../../test/api-handlers';
import { matrix, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const saved = {
  rules: { ...DEFAULT_NOTICE_RULES, dueSoonDays: [10, 3] },
  version: 2,
};
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const saveCalls = () => calls.filter((c) => c.path === 'notices.saveRules');

describe('the notice rules screen', () => {
  it('checks with the domain schema, then saves the rules with their version', async () => {
    setUser(user('admin'));
    useProcedures({
      'notices.rules': () => saved,
      'notices.saveRules': (input) => ({ ...(input as typeof saved), version: 3 }),
    });
    const { container } = renderApp('/notice-rules');
    await screen.findByRole('textbox', { name: 'Báo cán bộ đơn vị' });
    expect(field('Số ngày trước hạn, cách nhau bằng dấu phẩy').value).toBe('10, 3');
    type('Báo người duyệt', 'ba');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Số ngày là số nguyên từ 0 đến 366.')).toBeTruthy();
    expect(field('Báo người duyệt').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Báo người duyệt')));
    type('Báo người duyệt', '4');
    type('Báo cán bộ đơn vị', '40');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(
      await screen.findByText('Số ngày quá hạn phải theo thứ tự: cán bộ ≤ người duyệt ≤ quản trị.'),
    ).toBeTruthy();
    expect(saveCalls()).toHaveLength(0);
    expect(await seriousA11yViolations(container)).toEqual([]);

    type('Báo cán bộ đơn vị', '2');
    type('Số ngày trước hạn, cách nhau bằng dấu phẩy', '21; 7 1');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu quy tắc.')).toBeTruthy();
    expect(saveCalls()[0]?.input).toEqual({
      rules: {
        ...DEFAULT_NOTICE_RULES,
        dueSoonDays: [21, 7, 1],
        overdueDays: { cadres: 2, reviewers: 7, admins: 30 },
        reviewWaitingDays: { reviewers: 4, admins: 7 },
      },
      version: 2,
    });
  });

  it('shows a concurrent change beside the draft, and sends the draft again over it', async () => {
    setUser(user('admin'));
    const theirs = { rules: { ...DEFAULT_NOTICE_RULES, dueSoonDays: [30] }, version: 3 };
    let answer: unknown = conflictFailure(theirs);
    useProcedures({
      'notices.rules': () => saved,
      'notices.saveRules': () => answer,
    });
    renderApp('/notice-rules');
    await screen.findByRole('textbox', { name: 'Báo cán bộ đơn vị' });
    type('Báo quản trị tỉnh', '9');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('heading', { name: 'Đã có phiên bản mới hơn' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /^Số ngày trước hạn/ });
    expect(row.textContent).toBe('Số ngày trước hạn, cách nhau bằng dấu phẩy3010, 3');
    expect(screen.getByRole('row', { name: /^Báo quản trị tỉnh/ }).textContent).toBe(
      'Báo quản trị tỉnh79',
    );
    answer = {
      rules: { ...saved.rules, reviewWaitingDays: { reviewers: 3, admins: 9 } },
      version: 4,
    };
    // Mine again, over their version.
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    expect(await screen.findByText('Đã lưu quy tắc.')).toBeTruthy();
    expect(saveCalls().map((c) => (c.input as { version: number }).version)).toEqual([2, 3]);
    expect(field('Báo quản trị tỉnh').value).toBe('9');
  });

  it('puts the server’s field errors beside their boxes and its message at the top', async () => {
    setUser(user('admin'));
    useProcedures({
      'notices.rules': () => saved,
      'notices.saveRules': () => fieldFailure({ 'rules.overdueDays.cadres': ['Quá nhiều ngày.'] }),
    });
    renderApp('/notice-rules');
    await screen.findByRole('textbox', { name: 'Báo cán bộ đơn vị' });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
    expect(screen.getByText('Quá nhiều ngày.')).toBeTruthy();
    expect(field('Báo cán bộ đơn vị').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Báo cán bộ đơn vị')));
    expect(screen.queryByText('Đã lưu quy tắc.')).toBeNull();
    // The defaults start clean: no error left over from the refused save.
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục mặc định' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(field('Báo cán bộ đơn vị').getAttribute('aria-invalid')).toBeNull();
  });

  it('fills the defaults on reset, saved only when asked', async () => {
    setUser(user('admin'));
    useProcedures({ 'notices.rules': () => saved });
    renderApp('/notice-rules');
    await screen.findByRole('textbox', { name: 'Báo cán bộ đơn vị' });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục mặc định' }));
    expect(field('Số ngày trước hạn, cách nhau bằng dấu phẩy').value).toBe('14, 7, 1');
    expect(screen.getByText('Đã điền các giá trị mặc định. Bấm Lưu để áp dụng.')).toBeTruthy();
    expect(saveCalls()).toHaveLength(0);
  });

  it.each(['viewer', 'national', 'reviewer'] as const)(
    'sends a %s away without asking for the rules, and offers no link',
    async (role) => {
      setUser(user(role));
      useProcedures({
        'compliance.matrix': () => matrix(2026),
        'compliance.deadlines': () => ({
          items: [],
          nextCursor: null,
          total: 0,
          overdue: 0,
          units: [],
        }),
        'notices.mine': () => ({ items: [], unread: 0 }),
        'notices.preferences': () => ({
          lang: 'vi',
          email: true,
          zalo: false,
          zaloUserId: '',
          quietStart: '21:00',
          quietEnd: '07:00',
          digest: true,
          version: 0,
        }),
      });
      const { router } = renderApp('/notice-rules');
      await waitFor(() => expect(router.state.location.pathname).toBe('/'));
      expect(calls.some((c) => c.path === 'notices.rules')).toBe(false);
      await router.navigate({ to: '/notices' });
      await screen.findByText('Chưa có thông báo nào.');
      expect(screen.queryByRole('link', { name: 'Quy tắc đôn đốc' })).toBeNull();
    },
  );

  it('speaks English to an English reader', async () => {
    setUser(user('admin'));
    useProcedures({ 'notices.rules': () => saved });
    renderApp('/notice-rules');
    fireEvent.click(await screen.findByRole('button', { name: /^EN/ }));
    await screen.findByRole('textbox', { name: 'To the unit’s cadres' });
    type('Days before the deadline, separated by commas', '7, 7');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Due-soon reminders: 1 to 5 different day counts.'),
    ).toBeTruthy();
    expect(saveCalls()).toHaveLength(0);
    // The language is the app's, kept across tests: back to Vietnamese.
    fireEvent.click(screen.getByRole('button', { name: /^VI/ }));
  });
});
