import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../../test/api-handlers';
import { matrix, PROVINCE, RACH_GIA, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

/** `total`: the whole list's size when the server counted it, else null (decision 32). */
function dashboardApi(total: number | null = 1) {
  setUser(user('reviewer'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.matrix': (input) => matrix((input as { year?: number }).year ?? 2025),
    'compliance.deadlines': () => ({
      items: [
        {
          due: '2025-01-10',
          unitId: RACH_GIA.id,
          state: 'overdue',
          deadlineId: 'own-plan',
          label: { vi: 'Gửi kế hoạch cụ thể', en: 'Send the plan' },
          unit: RACH_GIA,
        },
      ],
      nextCursor: total === null ? 'c-2' : null,
      total,
      overdue: total,
      units: [RACH_GIA],
    }),
  });
}

const RG_WARD = (i: number) => ({
  ...RACH_GIA,
  id: `u-rg-${i}`,
  code: `kg-rach-gia-${String(i).padStart(2, '0')}`,
  name: `Chi hội phường ${i}`,
  kind: 'grassroots' as const,
  parentId: RACH_GIA.id,
  hasChildren: false,
});

/** Rạch Giá's level: 3 units below it, served two then one, after a cursor. */
function rachGiaLevel(input: { cursor?: string }) {
  const base = matrix(2025);
  const wards = input.cursor === 'c-2' ? [3] : [1, 2];
  return {
    ...base,
    root: RACH_GIA,
    path: [PROVINCE],
    self: { unit: RACH_GIA, cells: {} },
    rows: wards.map((i) => ({ unit: RG_WARD(i), cells: {}, rollups: {} })),
    childCount: 3,
    nextCursor: input.cursor === 'c-2' ? null : 'c-2',
  };
}

describe('dashboard matrix', () => {
  it('shows each state in words (not colour alone) and the plan roll-ups', async () => {
    dashboardApi();
    renderApp('/?year=2025');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Rạch Giá/ });
    expect(within(row).getByText('Quá hạn')).toBeTruthy();
    expect(within(row).getByText('Chờ duyệt')).toBeTruthy();
    expect(within(row).getByText('Sắp đến hạn')).toBeTruthy();
    expect(screen.getAllByText('12/15 huyện, thành Hội (80%)').length).toBeGreaterThan(0);
    // The deadlines render in the screen's second pass (use-first-view.ts).
    expect(await screen.findByText(/Gửi kế hoạch cụ thể/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hạn chót (1) →' })).toBeTruthy();
  });

  it('links to the deadlines without a count when the server did not count them', async () => {
    dashboardApi(null);
    renderApp('/?year=2025');
    await screen.findByRole('table');
    expect(await screen.findByRole('link', { name: 'Hạn chót →' })).toBeTruthy();
  });

  it('has no serious accessibility violations', async () => {
    dashboardApi();
    const { container } = renderApp('/?year=2025');
    await screen.findByRole('table');
    expect(await seriousA11yViolations(container)).toEqual([]);
  }, 15_000);
});

describe('dashboard drill-down', () => {
  it('goes one level down by a unit name, pages the level, and back up by the breadcrumb', async () => {
    dashboardApi();
    const asked: unknown[] = [];
    useProcedures({
      'compliance.matrix': (input) => {
        asked.push(input);
        const level = input as { rootId?: string; cursor?: string };
        return level.rootId === RACH_GIA.id ? rachGiaLevel(level) : matrix(2025);
      },
    });
    const { router } = renderApp('/?year=2025');
    const ui = userEvent.setup();
    const table = await screen.findByRole('table');
    // The branch's share sits under the child's own state.
    expect(within(table).getByText('3/4 (75%)')).toBeTruthy();
    await ui.click(within(table).getByRole('link', { name: RACH_GIA.name }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ root: RACH_GIA.id }));
    expect(await screen.findByText('Chi hội phường 2')).toBeTruthy();
    expect(screen.getByText('Đang hiện 2/3 đơn vị trực thuộc.')).toBeTruthy();
    await ui.click(screen.getByRole('button', { name: 'Tải thêm' }));
    expect(await screen.findByText('Chi hội phường 3')).toBeTruthy();
    expect(screen.getByText('Đang hiện 3/3 đơn vị trực thuộc.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
    expect(asked).toContainEqual(expect.objectContaining({ rootId: RACH_GIA.id, cursor: 'c-2' }));
    // A grassroots unit has nothing below it: its name is not a drill-down link.
    expect(screen.queryByRole('link', { name: 'Chi hội phường 3' })).toBeNull();
    const crumbs = screen.getByRole('navigation', { name: 'Đường dẫn đơn vị' });
    await ui.click(within(crumbs).getByRole('link', { name: PROVINCE.name }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ root: PROVINCE.id }));
    const top = await screen.findByRole('table');
    expect(await within(top).findByRole('link', { name: RACH_GIA.name })).toBeTruthy();
    // Back returns to the level below, as the URL carries it.
    router.history.back();
    expect(await screen.findByText('Chi hội phường 1')).toBeTruthy();
  }, 20_000);
});

describe('dashboard as of a date', () => {
  it('asks for that day’s tree and matrix when a dd/mm/yyyy date is typed, and says so', async () => {
    dashboardApi();
    const seen: { matrix: unknown[] } = { matrix: [] };
    useProcedures({
      'compliance.matrix': (input) => {
        seen.matrix.push(input);
        return matrix(2025);
      },
    });
    const { router } = renderApp('/?year=2025');
    const field = await screen.findByLabelText(/Xem theo ngày/);
    const ui = userEvent.setup();
    await ui.type(field, '30/06/2025{Enter}');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ asOf: '2025-06-30' }));
    await waitFor(() =>
      expect(seen.matrix).toContainEqual(expect.objectContaining({ asOf: '2025-06-30' })),
    );
    expect(await screen.findByRole('heading', { name: /ngày 30\/06\/2025/ })).toBeTruthy();
    await ui.clear(field);
    await ui.type(field, '31/02/2025{Enter}');
    expect(await screen.findByText('Nhập ngày dạng dd/mm/yyyy')).toBeTruthy();
  });

  it('shows the year of the day looked at when no year is chosen', async () => {
    dashboardApi();
    const seen: unknown[] = [];
    useProcedures({
      'compliance.matrix': (input) => {
        seen.push(input);
        return matrix(2025);
      },
    });
    renderApp('/?asOf=2025-06-30');
    await screen.findByRole('heading', { name: /, 2025 \(ngày 30\/06\/2025\)$/ });
    expect(seen).toContainEqual(expect.objectContaining({ year: 2025, asOf: '2025-06-30' }));
  });
});
