// The unit page says each period in words (issue 14, item 4): never "Kỳ by-2025".
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setUser, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, report, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const evaluation = (indicator: string, periodKey: string, due: string) => ({
  unitId: RACH_GIA.id,
  indicator,
  periodKey,
  state: 'in_progress',
  due,
  reason: { vi: 'Đang làm', en: 'In progress' },
  evidence: [],
});

function showUnit() {
  setUser(user('admin'));
  const draft = report({ indicator: 'CT-03', periodKey: 'by-2025' });
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.unit': () => ({
      unit: { ...RACH_GIA, version: 1, mergedInto: null },
      parent: null,
      children: [],
      deadlines: [],
      evaluations: [
        evaluation('CT-01', '2022-2027', '2027-12-31'),
        evaluation('CT-03', 'by-2025', '2025-12-31'),
        evaluation('CT-05', '2026', '2026-12-31'),
      ],
      reports: [draft],
      history: [
        { seq: 1, at: '2025-05-01T03:00:00.000Z', action: 'report.save', reportId: draft.id },
      ],
      relation: 'own',
    }),
    'records.ofUnit': () => [],
    'records.campaigns': () => ({ items: [], nextCursor: null }),
  });
  renderApp(`/units/${RACH_GIA.id}`);
}

describe('periods on a unit page', () => {
  it('shows the term, a deadline and a year in words, Vietnamese first', async () => {
    showUnit();
    await screen.findByRole('heading', { name: RACH_GIA.name });
    expect(screen.getByText('Nhiệm kỳ 2022–2027 · Hạn 31/12/2027')).toBeTruthy();
    expect(screen.getByText('Hạn 31/12/2025')).toBeTruthy();
    expect(screen.getByText('Năm 2026 · Hạn 31/12/2026')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/by-20|Kỳ 20/);
  });

  it('names the period in words in the report sheet', async () => {
    showUnit();
    const button = await screen.findByRole('button', { name: /CT-03 Hạn 31\/12\/2025/ });
    await userEvent.setup().click(button);
    const sheet = await screen.findByRole('dialog');
    expect(within(sheet).getByText(/CT-03 · Hạn 31\/12\/2025/)).toBeTruthy();
  });
});
