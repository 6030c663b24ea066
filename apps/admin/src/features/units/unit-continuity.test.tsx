// A closed unit's page says what became of it and links to its successor; a successor's
// page links to its predecessors (data through msw, as the API gives it).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../../test/api-handlers';
import { PROVINCE, RACH_GIA, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const AN_GIANG = { id: 'u-ag', code: 'ag', name: 'Hội Chữ thập đỏ tỉnh An Giang' };

function detail(unit: Record<string, unknown>, over: Record<string, unknown>) {
  return {
    unit: { ...unit, version: 2, mergedInto: null },
    parent: null,
    children: [],
    deadlines: [],
    evaluations: [],
    reports: [],
    history: [],
    relation: 'other',
    closure: null,
    predecessors: [],
    ...over,
  };
}

const indicatorSection = () => document.getElementById('ind-title')?.closest('section');

/** What the unit page calls, with this answer for the unit. */
function proceduresFor(answer: ReturnType<typeof detail>) {
  setUser(user('admin'));
  return {
    'compliance.unit': () => answer,
    'records.ofUnit': () => [],
    'records.campaigns': () => ({ items: [], nextCursor: null }),
  };
}

describe('a closed unit page', () => {
  it('says it was merged, from which day, and links to the successor', async () => {
    const closed = { ...RACH_GIA, closedOn: '2025-07-01' };
    useProcedures(
      proceduresFor(detail(closed, { closure: { closedOn: '2025-07-01', successor: AN_GIANG } })),
    );
    renderApp(`/units/${RACH_GIA.id}`);
    await screen.findByRole('heading', { name: RACH_GIA.name });
    const notice = document.querySelector('.closure');
    expect(notice?.textContent).toBe(`Đã sáp nhập vào ${AN_GIANG.name} từ 01/07/2025`);
    const link = screen.getByRole('link', { name: AN_GIANG.name });
    expect(link.getAttribute('href')).toBe(`/units/${AN_GIANG.id}`);
    // Judged on nothing once closed: no indicator section to misread as "not applicable".
    expect(indicatorSection()?.hidden).toBe(true);
  });

  it('says a district split among chapters was split, and links every successor', async () => {
    const closed = { ...RACH_GIA, closedOn: '2025-07-01' };
    const ward = { id: 'u-ag-rach-gia', code: 'ag-rach-gia', name: 'Hội CTĐ phường Rạch Giá' };
    const other = {
      id: 'u-ag-vinh-thong',
      code: 'ag-vinh-thong',
      name: 'Hội CTĐ phường Vĩnh Thông',
    };
    const closure = { closedOn: '2025-07-01', successor: ward, successors: [ward, other] };
    useProcedures(proceduresFor(detail(closed, { closure })));
    renderApp(`/units/${RACH_GIA.id}`);
    await screen.findByRole('heading', { name: RACH_GIA.name });
    expect(document.querySelector('.closure p')?.textContent).toBe(
      `Đã chia thành ${ward.name} và 1 đơn vị khác từ 01/07/2025`,
    );
    for (const s of [ward, other]) {
      const links = screen.getAllByRole('link', { name: s.name });
      expect(links.map((l) => l.getAttribute('href'))).toContain(`/units/${s.id}`);
    }
  });

  it('says a unit closed without successor was dissolved', async () => {
    useProcedures(
      proceduresFor(detail(RACH_GIA, { closure: { closedOn: '2025-03-15', successor: null } })),
    );
    renderApp(`/units/${RACH_GIA.id}`);
    await screen.findByRole('heading', { name: RACH_GIA.name });
    expect(document.querySelector('.closure')?.textContent).toBe('Đã giải thể từ 15/03/2025');
  });
});

describe("a successor's page", () => {
  it('lists and links the units merged into it', async () => {
    const predecessor = { ...RACH_GIA, closedOn: '2025-07-01' };
    useProcedures(proceduresFor(detail(PROVINCE, { predecessors: [predecessor] })));
    renderApp(`/units/${PROVINCE.id}`);
    await screen.findByRole('heading', { name: 'Đơn vị tiền thân' });
    const link = screen.getByRole('link', { name: RACH_GIA.name });
    expect(link.getAttribute('href')).toBe(`/units/${RACH_GIA.id}`);
    expect(screen.getByText('từ 01/07/2025')).toBeTruthy();
    expect(document.querySelector('.closure')).toBeNull();
    expect(indicatorSection()?.hidden).toBe(false);
  });
});
