import {
  type ReorganisationInput,
  simulateReorganisation,
  type UnitKind,
  type UnitNode,
} from '@lantoa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, searchUnitsIn, setUser, useProcedures } from '../../test/api-handlers';
import { user } from '../../test/fixtures';
import { pickUnit } from '../../test/pick-unit';
import { renderApp, seriousA11yViolations } from '../../test/render';

const unit = (id: string, name: string, kind: UnitKind, parentId: string | null): UnitNode => ({
  id,
  code: id,
  name,
  kind,
  parentId,
  openedOn: '2022-01-01',
  closedOn: null,
  isSample: false,
});
const TREE = [
  unit('ag', 'Hội CTĐ tỉnh An Giang', 'province', null),
  unit('ag-xa-moi', 'Hội CTĐ xã Hợp Nhất', 'commune', 'ag'),
  unit('ag-g1', 'Chi hội Ấp Một', 'grassroots', 'ag-xa-moi'),
  unit('ag-g2', 'Chi hội Ấp Hai', 'grassroots', 'ag-xa-moi'),
];

// The server's preview is the domain's own simulation on this tree.
function reorganisationApi() {
  setUser(user('admin'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    // The pickers search the units of the effective date; a split lists the units under it.
    'units.search': searchUnitsIn(TREE),
    'units.children': (input) => {
      const { parentId } = input as { parentId: string };
      const items = TREE.filter((u) => u.parentId === parentId).map((u) => ({
        ...u,
        version: 3,
        hasChildren: false,
      }));
      return { parentId, items, nextCursor: null, total: items.length };
    },
    'reorganisations.list': () => [],
    'reorganisations.preview': (input) => {
      const result = simulateReorganisation(TREE, input as ReorganisationInput);
      if (!result.ok) return result;
      const touched = result.touched.map((code) => ({
        code,
        id: code,
        version: 3,
        reports: 2,
        records: 1,
        stories: 0,
      }));
      return { ...result, touched, versions: Object.fromEntries(touched.map((t) => [t.code, 3])) };
    },
    'reorganisations.applyAll': (input) => ({
      ...(input as { reorganisation: ReorganisationInput }).reorganisation,
      id: 'r-1',
      status: 'applied',
      canCancel: false,
      isSample: false,
      version: 1,
      createdAt: '2026-06-15T03:00:00.000Z',
      legalBasis: { number: null, issuedOn: null, issuer: null },
    }),
  });
}

describe('reorganisations page', () => {
  it('splits a unit only once every unit under it has a successor, after a preview', async () => {
    reorganisationApi();
    const { container } = renderApp('/reorganisations');
    const ui = userEvent.setup();
    await ui.click(await screen.findByRole('button', { name: /Đợt sắp xếp mới/ }));
    await ui.type(screen.getByLabelText('Tiêu đề'), 'Chia tách xã Hợp Nhất');
    await ui.type(screen.getByLabelText(/Ngày hiệu lực/), '01/03/2026{Enter}');
    const step = within(screen.getByRole('group', { name: /Bước 1/ }));
    await ui.selectOptions(step.getByLabelText('Loại thay đổi'), 'split');
    const split = within(screen.getByRole('group', { name: /Bước 1/ }));
    await pickUnit(ui, 'Đơn vị chia tách', 'hop nhat', /Hợp Nhất/, split);
    for (const [i, code] of ['ag-dong', 'ag-tay'].entries()) {
      const successor = within(split.getByRole('group', { name: `Đơn vị mới ${i + 1}` }));
      await ui.type(successor.getByLabelText('Mã đơn vị mới'), code);
      await ui.type(
        successor.getByLabelText('Tên đơn vị mới'),
        `Hội CTĐ phường ${i ? 'Tây' : 'Đông'}`,
      );
      await pickUnit(ui, 'Trực thuộc', 'an giang', /tỉnh An Giang/, successor);
    }
    await ui.selectOptions(await split.findByLabelText('Chi hội Ấp Một'), 'ag-dong');
    await ui.click(screen.getByRole('button', { name: 'Xem trước' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Đơn vị trực thuộc ag-g2 của ag-xa-moi chưa được giao');
    expect(screen.queryByRole('button', { name: 'Áp dụng tất cả các bước' })).toBeNull();

    await ui.selectOptions(split.getByLabelText('Chi hội Ấp Hai'), 'ag-tay');
    await ui.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByRole('heading', { name: 'Xem trước' });
    expect(screen.getByText(/2 đơn vị mới, 1 đơn vị không còn, 2 đơn vị chuyển/)).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);
    await ui.click(screen.getByRole('button', { name: 'Áp dụng tất cả các bước' }));
    expect(await screen.findByText('Đã áp dụng đợt sắp xếp.')).toBeTruthy();
    const applied = calls.find((c) => c.path === 'reorganisations.applyAll')?.input as {
      reorganisation: ReorganisationInput;
      versions: Record<string, number>;
    };
    expect(applied.versions).toEqual({ 'ag-xa-moi': 3, 'ag-g1': 3, 'ag-g2': 3 });
    expect(applied.reorganisation).toMatchObject({
      effectiveOn: '2026-03-01',
      steps: [
        {
          type: 'split',
          source: 'ag-xa-moi',
          assignments: [
            { unit: 'ag-g1', to: 'ag-dong' },
            { unit: 'ag-g2', to: 'ag-tay' },
          ],
        },
      ],
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Áp dụng tất cả các bước' })).toBeNull(),
    );
  }, 30_000);
});
