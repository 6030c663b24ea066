import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trpc } from '../../lib/api';
import { setUser, useProcedures } from '../../test/api-handlers';
import { PROVINCE, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const victim = {
  id: 'user-9',
  email: 'can.bo@kg.vn',
  name: 'Trần Thị Mai',
  role: 'cadre',
  unit_id: 'u-kg',
  is_disabled: false,
  version: 1,
  unitName: PROVINCE.name,
  unitCode: PROVINCE.code,
};

describe('sign-in attack notice on the users page', () => {
  it('lists the accounts under attack in the last 24 hours, with counts', async () => {
    setUser(user('admin'));
    useProcedures({
      'users.list': () => ({ items: [victim], nextCursor: null }),
      'users.signInAlerts': () => [
        {
          userId: victim.id,
          email: victim.email,
          name: victim.name,
          unitName: victim.unitName,
          failures: 40,
          addresses: 12,
          sampleAddresses: ['198.51.100.4', '203.0.113.9'],
          lastAt: '2026-03-04T01:30:00.000Z',
        },
      ],
    });
    const { container } = renderApp('/users');
    const notice = await screen.findByRole('region', {
      name: 'Tài khoản đang bị dò mật khẩu (24 giờ qua)',
    });
    const item = within(notice).getByRole('listitem');
    expect(item.textContent).toBe(
      'Trần Thị Mai (can.bo@kg.vn, Hội Chữ thập đỏ tỉnh Kiên Giang): ít nhất 40 lần đăng nhập sai từ 12 địa chỉ, gần nhất lúc 04/03/2026 08:30 (ví dụ 198.51.100.4, 203.0.113.9)',
    );
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('shows nothing when no account is under attack', async () => {
    setUser(user('admin'));
    useProcedures({
      'users.list': () => ({ items: [victim], nextCursor: null }),
      'users.signInAlerts': () => [],
    });
    const { queryClient } = renderApp('/users');
    expect(await screen.findByRole('cell', { name: victim.email })).toBeTruthy();
    // The empty answer has arrived (a positive signal), and the page shows no notice.
    await waitFor(() =>
      expect(queryClient.getQueryState(trpc.users.signInAlerts.queryKey())?.status).toBe('success'),
    );
    expect(screen.queryByRole('region', { name: /dò mật khẩu/ })).toBeNull();
  });
});
