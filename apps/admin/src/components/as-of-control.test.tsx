// "Xem theo ngày": one control whose day travels in the URL from the unit tree to a unit
// page and its records, and back to today (data through msw, as the API gives it).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../test/api-handlers';
import { PROVINCE, RACH_GIA, user } from '../test/fixtures';
import { renderApp, seriousA11yViolations } from '../test/render';

type Seen = Record<'tree' | 'unit' | 'records', unknown[]>;

/** What the unit pages call, noting each input in `seen`. */
function proceduresNoting(seen: Seen): Parameters<typeof useProcedures>[0] {
  return {
    // The units page opens the one province in reach and asks for its children of the day.
    'units.provinces': () => ({
      items: [{ ...PROVINCE, hasChildren: true }],
      nextCursor: null,
      total: 1,
    }),
    'units.children': (input) => {
      seen.tree.push(input);
      // On 30/06/2025 the district still existed; today it is closed and not in the tree.
      const isBefore = (input as { asOf?: string } | undefined)?.asOf === '2025-06-30';
      const items = isBefore ? [{ ...RACH_GIA, version: 1, hasChildren: false }] : [];
      return { parentId: PROVINCE.id, items, nextCursor: null, total: items.length };
    },
    'compliance.unit': (input) => {
      seen.unit.push(input);
      return {
        unit: { ...RACH_GIA, version: 1, mergedInto: null },
        parent: { id: PROVINCE.id, code: PROVINCE.code, name: PROVINCE.name },
        children: [],
        deadlines: [],
        evaluations: [],
        reports: [],
        history: [],
        relation: 'descendant',
        closure: null,
        predecessors: [],
      };
    },
    'records.ofUnit': (input) => {
      seen.records.push(input);
      return {};
    },
    'records.campaigns': () => ({ items: [], nextCursor: null }),
  };
}

describe('the "as of" control', () => {
  it('shows the tree of the day typed, keeps the day on a unit page, and goes back to today', async () => {
    setUser(user('admin'));
    const seen: Seen = { tree: [], unit: [], records: [] };
    useProcedures(proceduresNoting(seen));
    const { router, container } = renderApp('/units');
    const ui = userEvent.setup();
    await screen.findByRole('heading', { name: 'Đơn vị' });
    expect(screen.queryByRole('link', { name: RACH_GIA.name })).toBeNull();

    await ui.type(await screen.findByLabelText(/Xem theo ngày/), '30/06/2025{Enter}');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ asOf: '2025-06-30' }));
    expect(seen.tree).toContainEqual(expect.objectContaining({ asOf: '2025-06-30' }));
    expect(
      (await screen.findByText('Đang xem theo ngày 30/06/2025')).closest('[aria-live]'),
    ).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);

    // The closed district existed that day: its link carries the day to its page and records.
    await ui.click(await screen.findByRole('link', { name: RACH_GIA.name }));
    await screen.findByRole('heading', { name: RACH_GIA.name });
    expect(router.state.location.pathname).toBe(`/units/${RACH_GIA.id}`);
    expect(router.state.location.search).toMatchObject({ asOf: '2025-06-30' });
    expect(seen.unit).toContainEqual({ unitId: RACH_GIA.id, asOf: '2025-06-30' });
    expect(seen.records).toContainEqual({ unitId: RACH_GIA.id, asOf: '2025-06-30' });
    expect((screen.getByLabelText(/Xem theo ngày/) as HTMLInputElement).value).toBe('30/06/2025');

    await ui.click(screen.getByRole('button', { name: 'Về hôm nay' }));
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('asOf'));
    await waitFor(() => expect(seen.unit).toContainEqual({ unitId: RACH_GIA.id }));
    expect(screen.queryByText(/Đang xem theo ngày/)).toBeNull();
  });

  it('refuses a date that is not one, and keeps the day already chosen', async () => {
    setUser(user('admin'));
    useProcedures(proceduresNoting({ tree: [], unit: [], records: [] }));
    const { router } = renderApp('/units?asOf=2025-06-30');
    const field = await screen.findByLabelText(/Xem theo ngày/);
    const ui = userEvent.setup();
    await ui.clear(field);
    await ui.type(field, '31/02/2025{Enter}');
    expect(await screen.findByText('Nhập ngày dạng dd/mm/yyyy')).toBeTruthy();
    expect(router.state.location.search).toMatchObject({ asOf: '2025-06-30' });
  });
});
