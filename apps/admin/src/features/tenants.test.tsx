// Provinces as tenants in the admin app (decision 20): Central (national) gets a province
// switcher and no writing or administering entries; a province administrator is offered
// neither Central's role nor any unit beyond what the API's tree answers (its province).
// The API refuses the rest anyway (apps/api routers/scope-matrix.test.ts, tenants.test.ts).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calls, searchUnitsIn, setUser, useProcedures } from '../test/api-handlers';
import { matrix, PROVINCE, RACH_GIA, user } from '../test/fixtures';
import { renderApp } from '../test/render';

const CA_MAU = { ...PROVINCE, id: 'u-cm', code: 'cm', name: 'Hội Chữ thập đỏ tỉnh Cà Mau (mẫu)' };
const both = [PROVINCE, RACH_GIA, CA_MAU].map((u) => ({ ...u, version: 1 }));

function dashboardProcedures(units: typeof both) {
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.matrix': () => matrix(2026),
    'compliance.deadlines': () => ({
      items: [],
      nextCursor: null,
      total: 0,
      overdue: 0,
      units: [],
    }),
    'units.provinces': () => {
      const items = units.filter((u) => u.kind === 'province' && !u.parentId);
      return { items, nextCursor: null, total: items.length };
    },
  });
}

describe('Central (national) reads every province', () => {
  it('has a province switcher, and no review, users or audit entries', async () => {
    setUser(user('national'));
    dashboardProcedures(both);
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Trình đơn' });
    const switcher = await within(nav).findByRole('combobox', { name: 'Tỉnh, thành Hội' });
    const names = within(switcher)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual([
      '— Chọn tỉnh để xem —',
      'Hội Chữ thập đỏ tỉnh Kiên Giang',
      'Hội Chữ thập đỏ tỉnh Cà Mau (mẫu)',
    ]);
    for (const name of ['Duyệt báo cáo', 'Người dùng', 'Nhật ký'])
      expect(within(nav).queryByRole('link', { name })).toBeNull();
    fireEvent.change(switcher, { target: { value: CA_MAU.id } });
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.path === 'compliance.matrix' &&
            JSON.stringify(c.input).includes(`"rootId":"${CA_MAU.id}"`),
        ),
      ).toBe(true),
    );
  }, 20_000);

  it('is not offered to a province administrator', async () => {
    setUser(user('admin'));
    dashboardProcedures(both.slice(0, 2));
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Trình đơn' });
    expect(await within(nav).findByRole('link', { name: 'Người dùng' })).toBeTruthy();
    expect(within(nav).queryByRole('combobox', { name: 'Tỉnh, thành Hội' })).toBeNull();
  });
});

describe('the users page offers only what the policy allows', () => {
  it("never offers Central's role, and only the province's units", async () => {
    setUser(user('admin'));
    useProcedures({
      'compliance.matrix': () => matrix(2026),
      'compliance.deadlines': () => ({
        items: [],
        nextCursor: null,
        total: 0,
        overdue: 0,
        units: [],
      }),
      'users.list': () => ({ items: [], nextCursor: null }),
      'users.signInAlerts': () => [],
      // The server answers the picker's search within the province (apps/api units-search.test.ts).
      'units.search': searchUnitsIn(both.slice(0, 2)),
    });
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: '+ Thêm người dùng' }));
    const roles = within(await screen.findByRole('combobox', { name: 'Vai trò' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(roles).toEqual(['Quản trị viên', 'Người duyệt', 'Cán bộ', 'Người xem']);
    fireEvent.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    const list = await screen.findByRole('listbox', { name: 'Đơn vị' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([PROVINCE.name, RACH_GIA.name]),
    );
  });
});
