import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../../test/api-handlers';
import { matrix, PROVINCE, RACH_GIA, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

function dashboardApi() {
  setUser(user('reviewer'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.matrix': (input) => matrix((input as { year?: number }).year ?? 2025),
    'compliance.deadlines': () => [
      {
        due: '2025-01-10',
        unitId: RACH_GIA.id,
        state: 'overdue',
        deadlineId: 'own-plan',
        label: { vi: 'Gửi kế hoạch cụ thể', en: 'Send the plan' },
        unit: RACH_GIA,
      },
    ],
    'units.tree': () => ({
      homeUnitId: PROVINCE.id,
      units: [
        { ...PROVINCE, version: 1 },
        { ...RACH_GIA, version: 1 },
      ],
    }),
  });
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
    expect(screen.getByText(/Gửi kế hoạch cụ thể/)).toBeTruthy();
  });

  it('has no serious accessibility violations', async () => {
    dashboardApi();
    const { container } = renderApp('/?year=2025');
    await screen.findByRole('table');
    expect(await seriousA11yViolations(container)).toEqual([]);
    // axe walks the whole matrix: seconds on a busy machine, more than the default 5.
  }, 20_000);
});

describe('dashboard as of a date', () => {
  it('asks for that day’s tree and matrix when a dd/mm/yyyy date is typed, and says so', async () => {
    dashboardApi();
    const seen: { matrix: unknown[]; tree: unknown[] } = { matrix: [], tree: [] };
    useProcedures({
      'compliance.matrix': (input) => {
        seen.matrix.push(input);
        return matrix(2025);
      },
      'units.tree': (input) => {
        seen.tree.push(input);
        return { homeUnitId: PROVINCE.id, units: [{ ...PROVINCE, version: 1 }] };
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
    expect(seen.tree).toContainEqual({ asOf: '2025-06-30' });
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
      'units.tree': () => ({ homeUnitId: PROVINCE.id, units: [{ ...PROVINCE, version: 1 }] }),
    });
    renderApp('/?asOf=2025-06-30');
    await screen.findByRole('heading', { name: /, 2025 \(ngày 30\/06\/2025\)$/ });
    expect(seen).toContainEqual(expect.objectContaining({ year: 2025, asOf: '2025-06-30' }));
  });
});
