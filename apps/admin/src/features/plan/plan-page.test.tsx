import { BASE_PLAN, type PlanAmendmentInput, planInForce } from '@lantoa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, setUser, useProcedures } from '../../test/api-handlers';
import { user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

const REFORM = {
  id: 'a-1',
  recordedAt: '2026-01-05T02:00:00.000Z',
  effectiveOn: '2025-07-01',
  legalBasis: {
    number: '125/QĐ-CTĐ (mẫu)',
    issuedOn: '2025-06-27',
    issuer: 'Hội CTĐ tỉnh An Giang',
  },
  summary: 'Chỉ tiêu của huyện, thành Hội chuyển cho Hội CTĐ xã, phường, đặc khu.',
  changes: [
    {
      type: 'set_unit_kinds' as const,
      indicator: 'CT-01' as const,
      appliesTo: ['commune' as const],
      rollupKinds: ['commune' as const],
    },
  ],
};

function planApi(role: 'admin' | 'viewer' = 'admin') {
  setUser(user(role));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'plan.get': (input) => {
      const asOf = (input as { asOf?: string } | undefined)?.asOf ?? '2026-06-15';
      const plan = planInForce(BASE_PLAN, [REFORM], asOf);
      return {
        asOf,
        plan: { id: BASE_PLAN.id, title: BASE_PLAN.title },
        indicators: plan.indicators,
        deadlines: plan.deadlines,
      };
    },
    'plan.adoption': () => ({
      adoption: {
        provinceId: 'p-1',
        planId: BASE_PLAN.id,
        templatePlanId: null,
        adoptedOn: '2022-01-01',
        isInherited: true,
      },
      templates: [{ id: BASE_PLAN.id, title: BASE_PLAN.title, issuedOn: BASE_PLAN.issuedOn }],
    }),
    'plan.amendments': () => [
      { ...REFORM, version: 1, isSample: true, isInForce: true, withdrawnAt: null },
    ],
    'plan.previewAmendment': () => ({
      problems: [],
      units: [
        {
          unit: { id: 'u-1', code: 'ag-can-dang', name: 'Hội CTĐ xã Cần Đăng', kind: 'commune' },
          gains: ['CT-05'],
          loses: [],
        },
      ],
      rollups: [
        {
          indicator: 'CT-05',
          before: {
            label: { vi: '12/15 huyện, thành Hội (80%)', en: '12/15 district chapters (80%)' },
          },
          after: {
            label: {
              vi: '85/102 Hội CTĐ xã, phường, đặc khu (83%)',
              en: '85/102 commune-level chapters (83%)',
            },
          },
        },
      ],
    }),
    'plan.recordAmendment': (input) => ({
      ...(input as PlanAmendmentInput),
      id: 'a-2',
      version: 1,
    }),
  });
}

describe('plan page', () => {
  it('shows each indicator as in force on the chosen day, and the amendments', async () => {
    planApi('viewer');
    renderApp('/plan');
    const ct01 = (await screen.findByRole('heading', { name: /CT-01/ })).closest(
      'li',
    ) as HTMLElement;
    expect(within(ct01).getByText('Hội CTĐ xã, phường, đặc khu')).toBeTruthy();
    expect(within(ct01).getByText('I.2, gạch đầu dòng 1')).toBeTruthy();
    expect(screen.getByText(/125\/QĐ-CTĐ \(mẫu\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ghi nhận văn bản sửa đổi' })).toBeNull();
    const ui = userEvent.setup();
    await ui.type(screen.getByLabelText(/Hiệu lực ngày/), '30/06/2025{Enter}');
    await waitFor(() =>
      expect(
        within(
          screen.getByRole('heading', { name: /CT-01/ }).closest('li') as HTMLElement,
        ).getByText('Huyện, thành Hội'),
      ).toBeTruthy(),
    );
    expect(
      calls.some((c) => c.path === 'plan.get' && JSON.stringify(c.input).includes('2025-06-30')),
    ).toBe(true);
  });

  // Typing every field re-renders the form: on a busy machine this takes over 5 s.
  it('records an amendment only after a preview of who gains or loses what', {
    timeout: 20_000,
  }, async () => {
    planApi('admin');
    renderApp('/plan');
    const ui = userEvent.setup();
    await ui.click(await screen.findByRole('button', { name: 'Ghi nhận văn bản sửa đổi' }));
    const dialog = await screen.findByRole('dialog');
    const form = within(dialog);
    await ui.click(form.getByRole('button', { name: 'Xem trước' }));
    expect(await form.findAllByText('Ngày không hợp lệ (định dạng yyyy-MM-dd).')).not.toHaveLength(
      0,
    );
    expect(calls.some((c) => c.path === 'plan.previewAmendment')).toBe(false);
    await ui.type(form.getByLabelText('Có hiệu lực từ ngày'), '01/01/2027');
    await ui.type(form.getByLabelText('Số văn bản'), '7/QĐ-CTĐ');
    await ui.type(form.getByLabelText('Ngày ban hành'), '20/12/2026');
    await ui.type(form.getByLabelText('Cơ quan ban hành'), 'Hội CTĐ tỉnh An Giang');
    await ui.type(form.getByLabelText('Nội dung tóm tắt'), 'Tập huấn giao cho cấp xã.');
    await ui.selectOptions(form.getByLabelText('Chỉ tiêu'), 'CT-05');
    const kinds = within(form.getByRole('group', { name: 'Áp dụng cho' }));
    await ui.click(kinds.getByLabelText('Hội CTĐ xã, phường, đặc khu'));
    await ui.click(
      within(form.getByRole('group', { name: /Tỷ lệ/ })).getByLabelText(
        'Hội CTĐ xã, phường, đặc khu',
      ),
    );
    const save = form.getByRole('button', { name: 'Lưu văn bản sửa đổi' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await ui.click(form.getByRole('button', { name: 'Xem trước' }));
    expect(await form.findByText('85/102 Hội CTĐ xã, phường, đặc khu (83%)')).toBeTruthy();
    expect(form.getByText('Hội CTĐ xã Cần Đăng')).toBeTruthy();
    await ui.click(save);
    expect(await screen.findByText('Đã ghi nhận văn bản sửa đổi.')).toBeTruthy();
    const recorded = calls.find((c) => c.path === 'plan.recordAmendment')?.input;
    expect(recorded).toMatchObject({
      effectiveOn: '2027-01-01',
      legalBasis: { number: '7/QĐ-CTĐ', issuedOn: '2026-12-20' },
      changes: [
        {
          type: 'set_unit_kinds',
          indicator: 'CT-05',
          appliesTo: ['commune'],
          rollupKinds: ['commune'],
        },
      ],
    });
  });

  it('has no serious accessibility violations', async () => {
    planApi('admin');
    const { container } = renderApp('/plan');
    await screen.findByRole('heading', { name: /CT-01/ });
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
