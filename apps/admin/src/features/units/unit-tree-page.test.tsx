// The units page a level at a time (decision 38): the province opens on its children, a
// unit opens to load its own, a long level loads more, a search goes to the server, and an
// administrator's change form gets the unit's version from the level it came with.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { PROVINCE, user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const district = (i: number) => ({
  ...PROVINCE,
  id: `d-${i}`,
  code: `kg-d${i}`,
  name: `Hội CTĐ huyện ${i}`,
  kind: 'district' as const,
  parentId: PROVINCE.id,
  version: 4,
  hasChildren: true,
});
const commune = {
  ...district(0),
  id: 'c-1',
  code: 'kg-c1',
  name: 'Hội CTĐ xã Mỹ Lâm',
  kind: 'commune' as const,
  hasChildren: false,
};

function unitsApi() {
  setUser(user('admin'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'units.provinces': () => ({
      items: [{ ...PROVINCE, hasChildren: true }],
      nextCursor: null,
      total: 1,
    }),
    'units.children': (input) => {
      const { parentId, cursor } = input as { parentId: string; cursor?: string };
      if (parentId === PROVINCE.id)
        return cursor
          ? { parentId, items: [district(3)], nextCursor: null, total: 3 }
          : { parentId, items: [district(1), district(2)], nextCursor: 'next', total: 3 };
      return {
        parentId,
        items: parentId === 'd-1' ? [{ ...commune, parentId }] : [],
        nextCursor: null,
        total: 1,
      };
    },
    'units.search': () => ({
      items: [{ ...commune, parentId: 'd-1', parentName: 'Hội CTĐ huyện 1' }],
      nextCursor: null,
    }),
  });
}

describe('units page', () => {
  it('opens the province, a district on demand, and loads more of a long level', async () => {
    unitsApi();
    const { container } = renderApp('/units');
    const ui = userEvent.setup();
    await screen.findByRole('link', { name: 'Hội CTĐ huyện 1' });
    expect(screen.queryByRole('link', { name: 'Hội CTĐ xã Mỹ Lâm' })).toBeNull();
    expect(screen.getByText('Đang hiện 2/3 mục.')).toBeTruthy();

    const open = screen.getByRole('button', { name: 'Mở Hội CTĐ huyện 1' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await ui.click(open);
    await screen.findByRole('link', { name: 'Hội CTĐ xã Mỹ Lâm' });
    expect(
      screen.getByRole('button', { name: 'Thu gọn Hội CTĐ huyện 1' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(calls.map((c) => c.input)).toContainEqual(expect.objectContaining({ parentId: 'd-1' }));
    // Nobody opened district 2: its children were never asked for.
    expect(calls.map((c) => c.input)).not.toContainEqual(
      expect.objectContaining({ parentId: 'd-2' }),
    );

    await ui.click(screen.getByRole('button', { name: /Tải thêm/ }));
    await screen.findByRole('link', { name: 'Hội CTĐ huyện 3' });
    expect(await seriousA11yViolations(container)).toEqual([]);
  });

  it('searches on the server and shows each unit with its parent', async () => {
    unitsApi();
    renderApp('/units');
    const ui = userEvent.setup();
    await ui.type(await screen.findByLabelText('Tìm đơn vị theo tên hoặc mã'), 'my lam{Enter}');
    const found = await screen.findByRole('link', { name: 'Hội CTĐ xã Mỹ Lâm' });
    expect(found.closest('.tree-row')?.textContent).toContain('Hội CTĐ huyện 1');
    await waitFor(() =>
      expect(calls.find((c) => c.path === 'units.search')?.input).toMatchObject({
        search: 'my lam',
      }),
    );
  });

  it("gives an administrator's rename the unit's version from its level", async () => {
    unitsApi();
    useProcedures({ 'units.rename': (input) => ({ ...district(1), ...(input as object) }) });
    renderApp('/units');
    const ui = userEvent.setup();
    const row = (await screen.findByRole('link', { name: 'Hội CTĐ huyện 1' })).closest(
      '.tree-row',
    ) as HTMLElement;
    await ui.click(within(row).getByRole('button', { name: /Thay đổi/ }));
    const name = await screen.findByLabelText('Tên đơn vị');
    await ui.clear(name);
    await ui.type(name, 'Hội CTĐ thị xã 1');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === 'units.rename')?.input).toMatchObject({
        unitId: 'd-1',
        version: 4,
        name: 'Hội CTĐ thị xã 1',
      }),
    );
  });
});
