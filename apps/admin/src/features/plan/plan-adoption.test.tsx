// The plan page's adoption part and the amendment form's "add an indicator" (decision 31):
// a province without a plan adopts a template copy (administrators only, refusals shown);
// an added indicator is typed in both languages, validated by the domain's schema, and
// previewed before it is recorded.
import { BASE_PLAN } from '@lantoa/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calls, fieldFailure, setUser, useProcedures } from '../../test/api-handlers';
import { user } from '../../test/fixtures';
import { renderApp, seriousA11yViolations } from '../../test/render';

function api(
  role: 'admin' | 'reviewer',
  adopted = false,
  overrides: Record<string, (input: unknown) => unknown> = {},
) {
  setUser(user(role));
  // biome-ignore lint/correctness/useHookAtTopLevel: useProcedures configures msw, it is not a React hook
  useProcedures({
    'plan.get': () => ({
      asOf: '2026-06-15',
      plan: { id: BASE_PLAN.id, title: BASE_PLAN.title },
      indicators: BASE_PLAN.indicators,
      deadlines: BASE_PLAN.deadlines,
    }),
    'plan.adoption': () => ({
      adoption: adopted
        ? {
            provinceId: 'p-2',
            planId: '12/KH-CTĐ',
            templatePlanId: BASE_PLAN.id,
            adoptedOn: '2026-01-01',
            isInherited: false,
          }
        : null,
      templates: [{ id: BASE_PLAN.id, title: BASE_PLAN.title, issuedOn: BASE_PLAN.issuedOn }],
    }),
    'plan.amendments': () => [],
    'plan.adopt': (input) => ({ ...(input as object), provinceId: 'p-2', isInherited: false }),
    'plan.previewAmendment': () => ({
      problems: [],
      units: [
        {
          unit: { id: 'u-1', code: 'ag-can-dang', name: 'Hội CTĐ xã Cần Đăng', kind: 'commune' },
          gains: ['CT-09'],
          loses: [],
        },
      ],
      rollups: [],
    }),
    'plan.recordAmendment': (input) => ({ ...(input as object), id: 'a-9', version: 1 }),
    ...overrides,
  });
}

describe('plan adoption', () => {
  it('shows the server’s refusal at the top and its field error beside the number, focused', {
    timeout: 20_000,
  }, async () => {
    api('admin', false, {
      'plan.adopt': () => fieldFailure({ planId: ['Số kế hoạch này đã có.'] }),
    });
    renderApp('/plan');
    const ui = userEvent.setup();
    await screen.findByText(/Tỉnh chưa thông qua kế hoạch riêng/, {}, { timeout: 10_000 });
    await ui.type(screen.getByLabelText(/Số kế hoạch của tỉnh/), '12/KH-CTĐ');
    await ui.type(screen.getByLabelText(/Áp dụng từ ngày/), '01/01/2026');
    await ui.click(screen.getByRole('button', { name: 'Thông qua bản sao' }));
    expect(await screen.findByText('Số kế hoạch này đã có.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Dữ liệu không hợp lệ');
    const number = screen.getByLabelText(/Số kế hoạch của tỉnh/);
    expect(number.getAttribute('aria-invalid')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe(number));
    expect(screen.queryByText(/Tỉnh đã thông qua kế hoạch/)).toBeNull();
  });

  it('lets an administrator of a province without a plan adopt a template copy', {
    timeout: 20_000,
  }, async () => {
    api('admin');
    renderApp('/plan');
    const ui = userEvent.setup();
    // The first render of a file loads the plan route's code: give it time on a busy machine.
    await screen.findByText(/Tỉnh chưa thông qua kế hoạch riêng/, {}, { timeout: 10_000 });
    await ui.click(screen.getByRole('button', { name: 'Thông qua bản sao' }));
    expect(
      await screen.findAllByText('Ngày không hợp lệ (định dạng yyyy-MM-dd).'),
    ).not.toHaveLength(0);
    expect(calls.some((c) => c.path === 'plan.adopt')).toBe(false);
    await ui.type(screen.getByLabelText(/Số kế hoạch của tỉnh/), '12/KH-CTĐ');
    await ui.type(screen.getByLabelText(/Áp dụng từ ngày/), '01/01/2026');
    await ui.click(screen.getByRole('button', { name: 'Thông qua bản sao' }));
    expect(await screen.findByText(/Tỉnh đã thông qua kế hoạch 12\/KH-CTĐ/)).toBeTruthy();
    expect(calls.find((c) => c.path === 'plan.adopt')?.input).toEqual({
      templatePlanId: BASE_PLAN.id,
      planId: '12/KH-CTĐ',
      adoptedOn: '2026-01-01',
    });
  });

  it('points an administrator without a plan to adoption instead of an amend button', async () => {
    api('admin');
    renderApp('/plan');
    // The policy refuses amending until the province adopts (decision 32): no button the API
    // would refuse, no withdraw buttons, and a link to the adoption form above.
    const pointer = await screen.findByText(/chưa thể ghi nhận văn bản sửa đổi/);
    expect(screen.queryByRole('button', { name: 'Ghi nhận văn bản sửa đổi' })).toBeNull();
    const link = within(pointer).getByRole('link', { name: 'Kế hoạch của tỉnh' });
    expect(link.getAttribute('href')).toBe('#plan-adoption');
    expect(document.getElementById('plan-adoption')).toBeTruthy();
  });

  it('shows a reviewer no adoption form, and an adopted plan its number and template', async () => {
    api('reviewer');
    renderApp('/plan');
    await screen.findByText(/Tỉnh chưa thông qua kế hoạch riêng/);
    expect(screen.queryByRole('button', { name: 'Thông qua bản sao' })).toBeNull();
    // Nor the adoption pointer: amending is not a reviewer's to do at all.
    expect(screen.queryByText(/chưa thể ghi nhận văn bản sửa đổi/)).toBeNull();
  });

  it('names the adopted copy', async () => {
    api('admin', true);
    renderApp('/plan');
    expect(await screen.findByText('12/KH-CTĐ')).toBeTruthy();
    expect(screen.getByText(/bản sao của kế hoạch 48\/KH-CTĐKG/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thông qua bản sao' })).toBeNull();
    // A province with a plan amends it.
    expect(screen.getByRole('button', { name: 'Ghi nhận văn bản sửa đổi' })).toBeTruthy();
    expect(screen.queryByText(/chưa thể ghi nhận văn bản sửa đổi/)).toBeNull();
  });
});

describe('adding an indicator by amendment', () => {
  it('checks the new indicator with the domain schema, previews who gains it, records it', {
    timeout: 30_000,
  }, async () => {
    api('admin', true);
    const { container } = renderApp('/plan');
    const ui = userEvent.setup();
    await ui.click(
      await screen.findByRole('button', { name: 'Ghi nhận văn bản sửa đổi' }, { timeout: 10_000 }),
    );
    const form = within(await screen.findByRole('dialog'));
    // One paste per field: typing each character re-renders the whole form.
    const fill = async (field: HTMLElement, text: string) => {
      await ui.click(field);
      await ui.paste(text);
    };
    await fill(form.getByLabelText('Có hiệu lực từ ngày'), '01/01/2027');
    await fill(form.getByLabelText('Số văn bản'), '8/QĐ-CTĐ');
    await fill(form.getByLabelText('Ngày ban hành'), '20/12/2026');
    await fill(form.getByLabelText('Cơ quan ban hành'), 'Hội CTĐ tỉnh An Giang');
    await fill(form.getByLabelText('Nội dung tóm tắt'), 'Thêm chỉ tiêu đội sơ cấp cứu.');
    await ui.selectOptions(form.getByLabelText('Loại thay đổi'), 'add_indicator');
    await fill(form.getByLabelText(/Mã chỉ tiêu mới/), 'CT9');
    await ui.click(form.getByRole('button', { name: 'Xem trước' }));
    expect(await form.findByText('Mã chỉ tiêu có dạng CT-nn (ví dụ CT-09).')).toBeTruthy();
    expect(calls.some((c) => c.path === 'plan.previewAmendment')).toBe(false);
    await ui.clear(form.getByLabelText(/Mã chỉ tiêu mới/));
    await fill(form.getByLabelText(/Mã chỉ tiêu mới/), 'CT-09');
    await fill(form.getByLabelText('Tên ngắn (tiếng Việt)'), 'Đội sơ cấp cứu');
    await fill(form.getByLabelText('Tên ngắn (tiếng Anh)'), 'First-aid team');
    await fill(form.getByLabelText('Nội dung (tiếng Việt)'), 'Mỗi xã có một đội sơ cấp cứu');
    await fill(form.getByLabelText('Nội dung (tiếng Anh)'), 'Every commune has a first-aid team');
    await fill(form.getByLabelText('Điều khoản'), 'Mục II.9');
    await fill(form.getByLabelText('Điều kiện đạt (tiếng Việt)'), 'Báo cáo được duyệt');
    await fill(form.getByLabelText('Điều kiện đạt (tiếng Anh)'), 'An approved report');
    const kinds = within(form.getByRole('group', { name: 'Áp dụng cho' }));
    await ui.click(kinds.getByLabelText('Hội CTĐ xã, phường, đặc khu'));
    await ui.click(
      within(form.getByRole('group', { name: /Tỷ lệ/ })).getByLabelText(
        'Hội CTĐ xã, phường, đặc khu',
      ),
    );
    await fill(form.getByLabelText('Mục tiêu (tiếng Việt)'), '100% xã có đội');
    await fill(form.getByLabelText('Mục tiêu (tiếng Anh)'), 'Every commune has a team');
    await fill(form.getByLabelText(/Hạn mới/), '31/12/2027');
    await ui.click(form.getByRole('button', { name: 'Xem trước' }));
    expect(await form.findByText('Hội CTĐ xã Cần Đăng')).toBeTruthy();
    expect(await seriousA11yViolations(container)).toEqual([]);
    await ui.click(form.getByRole('button', { name: 'Lưu văn bản sửa đổi' }));
    expect(await screen.findByText('Đã ghi nhận văn bản sửa đổi.')).toBeTruthy();
    expect(calls.find((c) => c.path === 'plan.recordAmendment')?.input).toMatchObject({
      changes: [
        {
          type: 'add_indicator',
          indicator: {
            code: 'CT-09',
            shortTitle: { vi: 'Đội sơ cấp cứu', en: 'First-aid team' },
            appliesTo: ['commune'],
            rollupKinds: ['commune'],
            ruleId: 'report_only',
            schedule: { kind: 'deadline', due: '2027-12-31' },
          },
        },
      ],
    });
  });
});
