// Small things a cadre tripped on (issue 14, item 4): a year that has not begun shows no
// figure, and indicators that count no unit of the subtree are not shown as 0/0.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { matrix, RACH_GIA, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const rollup = (indicator: string, met: number, applicable: number, label: string) => ({
  rootId: RACH_GIA.id,
  indicator,
  periodKey: '2022-2027',
  kind: 'district',
  applicable,
  met,
  share: applicable === 0 ? 0 : met / applicable,
  label: { vi: label, en: label },
});

/** A district's matrix as the server gives it on 30/11/2026: later years judged as of today. */
function districtMatrix(year: number) {
  const base = matrix(year);
  return {
    ...base,
    asOf: year < 2026 ? `${year}-12-31` : '2026-11-30',
    root: RACH_GIA,
    self: { unit: RACH_GIA, cells: {} },
    rows: [],
    childCount: 0,
    rollups: [
      rollup('CT-01', 1, 1, '1/1 huyện, thành Hội (100%)'),
      rollup('CT-07', 0, 0, '0/0 Hội CTĐ tỉnh (—)'),
      rollup('CT-08', 0, 0, '0/0 Hội CTĐ tỉnh (—)'),
    ],
  };
}

function districtCadre() {
  setUser({
    ...user('cadre'),
    unit: { id: RACH_GIA.id, code: RACH_GIA.code, name: RACH_GIA.name },
  });
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.matrix': (input) => districtMatrix((input as { year?: number }).year ?? 2026),
    'compliance.deadlines': () => ({
      items: [],
      nextCursor: null,
      total: 0,
      overdue: 0,
      units: [],
    }),
  });
}

const chartOf = async (code: string) =>
  (await screen.findAllByRole('img')).find((img) =>
    img.getAttribute('aria-label')?.startsWith(`${code} `),
  );

describe('a district cadre’s dashboard', () => {
  it('leaves the province-only indicators out of the roll-ups and says so plainly', async () => {
    districtCadre();
    renderApp('/?year=2026');
    const rollups = await screen.findByRole('region', { name: 'Tỷ lệ đạt theo kế hoạch' });
    expect(await within(rollups).findByText('1/1 huyện, thành Hội (100%)')).toBeTruthy();
    expect(within(rollups).queryByText(/0\/0/)).toBeNull();
    expect(
      within(rollups).getByText(
        'Không đơn vị nào trong phạm vi này thuộc diện chỉ tiêu CT-07, CT-08.',
      ),
    ).toBeTruthy();
    expect(await chartOf('CT-01')).toBeTruthy();
    expect(await chartOf('CT-07')).toBeUndefined();
  });

  it('gives a year that has not begun no figure in the progress chart', async () => {
    districtCadre();
    renderApp('/?year=2026');
    // The four years' answers arrive separately: wait for all of them to be read.
    await waitFor(async () =>
      expect((await chartOf('CT-01'))?.getAttribute('aria-label')).toBe(
        'CT-01 Phổ biến Bộ Quy tắc ứng xử: 2024 100%, 2025 100%, 2026 100%, 2027 chưa bắt đầu',
      ),
    );
    const bars = (await chartOf('CT-01'))?.querySelectorAll('.chart-value') ?? [];
    expect([...bars].map((b) => b.textContent)).toEqual(['100%', '100%', '100%', '—']);
  });

  it('asks for the progress chart only when the reader comes near it', async () => {
    districtCadre();
    let comeNear: () => void = () => {};
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(report: IntersectionObserverCallback) {
          comeNear = () =>
            report([{ isIntersecting: true } as IntersectionObserverEntry], this as never);
        }
        observe() {}
        disconnect() {}
      },
    );
    renderApp('/?year=2026');
    await screen.findByRole('region', { name: 'Tỷ lệ đạt theo kế hoạch' });
    const chartAsks = () => calls.filter((c) => (c.input as { limit?: number })?.limit === 1);
    expect(screen.getByRole('heading', { name: 'Tiến độ qua các năm' })).toBeTruthy();
    expect(chartAsks()).toEqual([]);
    act(() => comeNear());
    expect(await chartOf('CT-01')).toBeTruthy();
    expect(chartAsks().map((c) => (c.input as { year: number }).year)).toEqual([
      2024, 2025, 2026, 2027,
    ]);
    vi.unstubAllGlobals();
  });
});
