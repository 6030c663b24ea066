// Lists the server pages (issue 11): the stories list, the deadlines page, the users,
// ambassadors and campaigns screens (decision 33) show the first page, "Tải thêm" asks for
// the next with the cursor the server gave and appends it, the button goes when nothing
// follows, and filters and searches go to the server with every page.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, setUser, useProcedures } from '../test/api-handlers';
import { ambassador, PROVINCE, RACH_GIA, story, user } from '../test/fixtures';
import { renderApp, seriousA11yViolations } from '../test/render';

const _units = [PROVINCE, RACH_GIA].map((u) => ({ ...u, version: 1 }));

function storiesApi() {
  setUser(user('reviewer'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'stories.list': (input) => {
      const { cursor } = (input ?? {}) as { cursor?: string };
      const titles = cursor === 'after-2' ? ['Bài 3'] : ['Bài 1', 'Bài 2'];
      return {
        items: titles.map((title) => story({ id: `s-${title}`, title, unitId: RACH_GIA.id })),
        nextCursor: cursor === 'after-2' ? null : 'after-2',
      };
    },
  });
}

const deadline = (i: number) => ({
  due: `2025-01-${String(10 + i).padStart(2, '0')}`,
  unitId: RACH_GIA.id,
  state: 'overdue' as const,
  deadlineId: `d-${i}`,
  label: { vi: `Hạn số ${i}`, en: `Deadline ${i}` },
  unit: RACH_GIA,
});

describe('the stories list', () => {
  it('loads the next page by keyboard and appends it, then offers no more', async () => {
    storiesApi();
    const { container } = renderApp('/stories');
    expect(await screen.findByRole('link', { name: 'Bài 2' })).toBeTruthy();
    expect(screen.getByText('Đang hiện 2 mục.')).toBeTruthy();
    const more = screen.getByRole('button', { name: /Tải thêm/ });
    more.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Bài 3' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Bài 1',
      'Bài 2',
      'Bài 3',
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Tải thêm/ })).toBeNull());
    const sent = calls.filter((c) => c.path === 'stories.list').map((c) => c.input);
    expect(sent).toContainEqual(expect.objectContaining({ cursor: 'after-2' }));
    expect(await seriousA11yViolations(container)).toEqual([]);
  }, 20_000);
});

/** The labels of the deadlines listed, in order. */
const shownDeadlines = () =>
  [...document.querySelectorAll('.due-what')].map(
    (e) => /Hạn số \d/.exec(e.textContent ?? '')?.[0],
  );

describe('the deadlines page', () => {
  it('pages with the server and sends the unit filter to it', async () => {
    // As the server answers (decision 32): a list longer than its first page is not counted,
    // and the unit filter's choices come with the first page only.
    setUser(user('reviewer'));
    useProcedures({
      'compliance.deadlines': (input) => {
        const { cursor, unitId } = (input ?? {}) as { cursor?: string; unitId?: string };
        const all = unitId ? [deadline(9)] : cursor ? [deadline(3)] : [deadline(1), deadline(2)];
        return {
          items: all,
          nextCursor: !unitId && !cursor ? 'c-2' : null,
          total: unitId ? 1 : null,
          overdue: unitId ? 1 : null,
          units: cursor ? [] : [RACH_GIA],
        };
      },
    });
    renderApp('/deadlines');
    await waitFor(() => expect(shownDeadlines()).toEqual(['Hạn số 1', 'Hạn số 2']));
    expect(screen.getByText('Đang hiện 2 mục.')).toBeTruthy();
    const ui = userEvent.setup();
    await ui.click(screen.getByRole('button', { name: /Tải thêm/ }));
    await waitFor(() => expect(shownDeadlines()).toEqual(['Hạn số 1', 'Hạn số 2', 'Hạn số 3']));
    expect(screen.getByText('Đang hiện 3 mục.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tải thêm/ })).toBeNull();
    expect(screen.getByRole('option', { name: RACH_GIA.name })).toBeTruthy();
    await ui.selectOptions(screen.getByRole('combobox', { name: 'Đơn vị' }), RACH_GIA.id);
    await waitFor(() => expect(shownDeadlines()).toEqual(['Hạn số 9']));
    const sent = calls.filter((c) => c.path === 'compliance.deadlines').map((c) => c.input);
    expect(sent).toContainEqual(expect.objectContaining({ unitId: RACH_GIA.id }));
  }, 15_000);

  it('says so when nothing is due', async () => {
    setUser(user('reviewer'));
    useProcedures({
      'compliance.deadlines': () => ({
        items: [],
        nextCursor: null,
        total: 0,
        overdue: 0,
        units: [],
      }),
    });
    renderApp('/deadlines');
    expect(await screen.findByText('Không có hạn nào quá hạn hoặc sắp đến.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tải thêm/ })).toBeNull();
  });
});

/** A server page of `names`, continued by `next` (null: the last page). */
const pageOf = <T,>(items: T[], next: string | null) => ({ items, nextCursor: next });

/** Clicks "Tải thêm" and returns the inputs the list's procedure was called with. */
async function loadMore(path: string) {
  await userEvent.setup().click(screen.getByRole('button', { name: /Tải thêm/ }));
  await waitFor(() => expect(screen.queryByRole('button', { name: /Tải thêm/ })).toBeNull());
  return calls.filter((c) => c.path === path).map((c) => c.input);
}

const account = (n: number) => ({
  id: `user-${n}`,
  email: `can.bo${n}@kg.vn`,
  name: `Cán bộ số ${n}`,
  role: 'cadre',
  unit_id: RACH_GIA.id,
  is_disabled: false,
  version: 1,
  unitName: RACH_GIA.name,
  unitCode: RACH_GIA.code,
});

describe('the users screen', () => {
  it('loads the next page, and searches on the server', async () => {
    setUser(user('admin'));
    useProcedures({
      'users.signInAlerts': () => [],
      'users.list': (input) => {
        const { cursor, search } = (input ?? {}) as { cursor?: string; search?: string };
        if (search) return pageOf([account(7)], null);
        return cursor === 'u-2'
          ? pageOf([account(3)], null)
          : pageOf([account(1), account(2)], 'u-2');
      },
    });
    const { container } = renderApp('/users');
    expect(await screen.findByRole('cell', { name: 'Cán bộ số 2' })).toBeTruthy();
    expect(screen.getByText('Đang hiện 2 mục.')).toBeTruthy();
    const sent = await loadMore('users.list');
    expect(sent).toContainEqual(expect.objectContaining({ cursor: 'u-2' }));
    const firstCells = screen.getAllByRole('row').map((r) => r.querySelector('td')?.textContent);
    expect(firstCells.filter(Boolean)).toEqual(['Cán bộ số 1', 'Cán bộ số 2', 'Cán bộ số 3']);
    expect(await seriousA11yViolations(container)).toEqual([]);
    const ui = userEvent.setup();
    await ui.type(screen.getByRole('searchbox', { name: 'Tìm theo tên hoặc email' }), 'số 7');
    await ui.click(screen.getByRole('button', { name: 'Tìm' }));
    expect(await screen.findByRole('cell', { name: 'Cán bộ số 7' })).toBeTruthy();
    expect(screen.queryByRole('cell', { name: 'Cán bộ số 1' })).toBeNull();
    const searched = calls.filter((c) => c.path === 'users.list').map((c) => c.input);
    expect(searched).toContainEqual(expect.objectContaining({ search: 'số 7' }));
  }, 20_000);
});

describe('the ambassadors screen', () => {
  it('loads the next page with the same filters', async () => {
    setUser(user('reviewer'));
    useProcedures({
      'ambassadors.list': (input) => {
        const { cursor } = (input ?? {}) as { cursor?: string };
        const names = cursor ? ['Đại sứ 3'] : ['Đại sứ 1', 'Đại sứ 2'];
        const items = names.map((name) => ambassador({ id: name, name, field: 'athlete' }));
        return pageOf(items, cursor ? null : 'a-2');
      },
    });
    renderApp('/ambassadors?field=athlete');
    expect(await screen.findByRole('link', { name: 'Đại sứ 2' })).toBeTruthy();
    const sent = await loadMore('ambassadors.list');
    expect(sent).toContainEqual(expect.objectContaining({ cursor: 'a-2', field: 'athlete' }));
    expect(screen.getByRole('link', { name: 'Đại sứ 3' })).toBeTruthy();
    expect(screen.getByText('Đang hiện 3 mục.')).toBeTruthy();
  }, 15_000);
});

const campaign = (n: number) => ({
  id: `c-${n}`,
  title: `Chiến dịch số ${n}`,
  kind: 'campaign' as const,
  organiser: 'province' as const,
  starts_on: '2025-05-01',
  ends_on: '2025-05-31',
  target_kinds: ['district'],
  province_id: PROVINCE.id,
  version: 1,
  created_at: '2025-04-01T00:00:00.000Z',
  updated_at: '2025-04-01T00:00:00.000Z',
});

describe('the campaigns screen', () => {
  it('loads the next page and keeps the edit buttons', async () => {
    setUser(user('admin'));
    useProcedures({
      'records.campaigns': (input) => {
        const { cursor } = (input ?? {}) as { cursor?: string };
        return cursor ? pageOf([campaign(3)], null) : pageOf([campaign(1), campaign(2)], 'c-2');
      },
    });
    renderApp('/campaigns');
    expect(await screen.findByRole('heading', { name: 'Chiến dịch số 2' })).toBeTruthy();
    const sent = await loadMore('records.campaigns');
    expect(sent).toContainEqual(expect.objectContaining({ cursor: 'c-2' }));
    expect(screen.getByRole('heading', { name: 'Chiến dịch số 3' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Sửa Chiến dịch số/ })).toHaveLength(3);
  }, 15_000);
});
