// Lists the server pages (issue 11): the stories list and the deadlines page show the first
// page, "Tải thêm" asks for the next with the cursor the server gave and appends it, the
// button goes when nothing follows, and the deadlines filters go to the server.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, setUser, useProcedures } from '../test/api-handlers';
import { PROVINCE, RACH_GIA, story, user } from '../test/fixtures';
import { renderApp, seriousA11yViolations } from '../test/render';

const units = [PROVINCE, RACH_GIA].map((u) => ({ ...u, version: 1 }));

function storiesApi() {
  setUser(user('reviewer'));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'units.tree': () => ({ homeUnitId: PROVINCE.id, units }),
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
