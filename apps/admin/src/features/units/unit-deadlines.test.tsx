// compliance.submitDeadline has a screen: a unit's cadre records that the unit sent its
// own plan, dated the Vietnamese way, and a viewer sees the deadlines without the button.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../lib/auth';
import { calls, setUser, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { RACH_GIA, user } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const ownPlan = {
  id: 'own-plan',
  label: { vi: 'Gửi kế hoạch cụ thể hóa về Hội CTĐ tỉnh', en: 'Send the own plan' },
  due: '2025-01-10',
  clause: 'III, đoạn cuối',
  submission: null,
};

function showUnit(viewer: SessionUser, relation: string, submit: (input: unknown) => unknown) {
  setUser(viewer);
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'compliance.unit': () => ({
      unit: { ...RACH_GIA, version: 1, mergedInto: null },
      parent: null,
      children: [],
      deadlines: [ownPlan],
      evaluations: [],
      reports: [],
      history: [],
      relation,
    }),
    'records.ofUnit': () => [],
    'records.campaigns': () => ({ items: [], nextCursor: null }),
    'compliance.submitDeadline': submit,
  });
  renderApp(`/units/${RACH_GIA.id}`);
}

describe("a unit's reporting deadlines", () => {
  it('lets the cadre record the day the plan was sent', async () => {
    showUnit(user('cadre'), 'own', () => ({ id: 's-1' }));
    const ui = userEvent.setup();
    expect(await screen.findByText(/Chưa ghi nhận đã gửi/)).toBeTruthy();
    await ui.click(screen.getByRole('button', { name: /Ghi nhận đã gửi/ }));
    const sheet = await screen.findByRole('dialog');
    const date = await within(sheet).findByLabelText('Ngày gửi'); // the form loads when its sheet opens
    await ui.clear(date);
    await ui.type(date, '08/01/2025');
    await ui.type(within(sheet).getByLabelText(/Đường dẫn văn bản/), 'https://example.vn/kh.pdf');
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã ghi nhận hạn báo cáo là đã gửi.')).toBeTruthy();
    expect(calls.find((c) => c.path === 'compliance.submitDeadline')?.input).toEqual({
      unitId: RACH_GIA.id,
      deadlineId: 'own-plan',
      submittedOn: '2025-01-08',
      link: 'https://example.vn/kh.pdf',
      note: '',
    });
  });

  it('checks the link before sending and shows the server’s refusal', async () => {
    const refusal = { vi: 'Hạn báo cáo này không áp dụng cho đơn vị', en: 'Does not apply' };
    showUnit(user('cadre'), 'own', () => new TrpcFailure('BAD_REQUEST', 400, refusal));
    const ui = userEvent.setup();
    await ui.click(await screen.findByRole('button', { name: /Ghi nhận đã gửi/ }));
    const sheet = await screen.findByRole('dialog');
    await ui.type(within(sheet).getByLabelText(/Đường dẫn văn bản/), 'không phải link');
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
    expect(
      within(sheet)
        .getByLabelText(/Đường dẫn văn bản/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(calls.some((c) => c.path === 'compliance.submitDeadline')).toBe(false);
    await ui.clear(within(sheet).getByLabelText(/Đường dẫn văn bản/));
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
    expect(await within(sheet).findByText(refusal.vi)).toBeTruthy();
  });

  it('shows a viewer the deadlines without the button', async () => {
    showUnit(user('viewer'), 'descendant', () => null);
    expect(await screen.findByText(/Gửi kế hoạch cụ thể hóa/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ghi nhận đã gửi/ })).toBeNull();
  });
});
