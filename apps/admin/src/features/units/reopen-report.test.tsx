// A locked report tells the cadre to ask a reviewer to reopen it: the reviewer has the
// button on the unit page, the cadre does not, and a refusal is said, not swallowed.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../lib/auth';
import { calls, setUser, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, report, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const approved = report({ status: 'approved', createdBy: 'cadre-1', updatedBy: 'cadre-1' });

function showUnit(viewer: SessionUser, relation: string, review: (input: unknown) => unknown) {
  setUser(viewer);
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.unit': () => ({
      unit: { ...RACH_GIA, version: 1, mergedInto: null },
      parent: null,
      children: [],
      deadlines: [],
      evaluations: [
        {
          unitId: RACH_GIA.id,
          indicator: 'CT-03',
          periodKey: 'by-2025',
          state: 'met',
          due: '2025-12-31',
          reason: { vi: 'Đã duyệt', en: 'Approved' },
          evidence: [],
        },
      ],
      reports: [approved],
      history: [],
      relation,
    }),
    'records.ofUnit': () => [],
    'records.campaigns': () => ({ items: [], nextCursor: null }),
    'reports.review': review,
  });
  renderApp(`/units/${RACH_GIA.id}`);
}

describe('reopening an approved report', () => {
  it('lets a reviewer reopen it with the version they saw, and says so', async () => {
    showUnit(user('reviewer'), 'descendant', () => ({ ...approved, status: 'returned' }));
    const button = await screen.findByRole('button', { name: /Mở lại báo cáo CT-03/ });
    await userEvent.setup().click(button);
    expect(await screen.findByText(/Đã mở lại báo cáo/)).toBeTruthy();
    const call = calls.find((c) => c.path === 'reports.review');
    expect(call?.input).toEqual({ reportId: approved.id, version: 1, decision: 'reopen' });
  });

  it('offers no reopen button to the cadre whose report it is', async () => {
    showUnit({ ...user('cadre'), id: 'cadre-1' }, 'own', () => approved);
    await screen.findByRole('heading', { name: RACH_GIA.name });
    expect(screen.queryByRole('button', { name: /Mở lại/ })).toBeNull();
  });

  it('says why when the report changed meanwhile', async () => {
    const conflict = { vi: 'Báo cáo vừa được người khác thay đổi', en: 'Changed meanwhile' };
    showUnit(user('admin'), 'descendant', () => new TrpcFailure('CONFLICT', 409, conflict));
    await userEvent.setup().click(await screen.findByRole('button', { name: /Mở lại báo cáo/ }));
    expect(await screen.findByText(conflict.vi)).toBeTruthy();
  });
});
