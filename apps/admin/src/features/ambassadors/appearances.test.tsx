// Adding an ambassador's appearance on the shared form layer: the domain's schema refuses a
// bad date and a reach that is no count before sending, the server's refusal is shown at the
// top with its field error in place, and a saved appearance closes the sheet.
import { msg, translateSchemaMessage } from '@lantoa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { ambassador } from '../../test/fixtures';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { Appearances } from './appearances';

async function openForm() {
  const view = renderWithProviders(<Appearances ambassador={ambassador()} canAdd />);
  const ui = userEvent.setup();
  await ui.click(screen.getByRole('button', { name: '+ Thêm hoạt động' }));
  const sheet = await screen.findByRole('dialog');
  const field = (label: string) => within(sheet).getByLabelText(label) as HTMLInputElement;
  const fill = async (values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values)) {
      await ui.clear(field(label));
      if (value) await ui.type(field(label), value);
    }
    await ui.click(within(sheet).getByRole('button', { name: 'Lưu' }));
  };
  return { ...view, ui, sheet, field, fill };
}

const sent = () => calls.filter((c) => c.path === 'ambassadors.addAppearance');

describe('adding an appearance', () => {
  it('refuses a missing date and a reach that is no count before sending', async () => {
    const { field, fill } = await openForm();
    await fill({
      Ngày: '',
      'Sự kiện': 'Hiến máu',
      'Hình thức': 'Livestream',
      'Lượt tiếp cận': '1e3',
    });
    expect(field('Ngày').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Ngày')));
    expect(screen.getByText(translateSchemaMessage(msg('viDate'), 'vi'))).toBeTruthy();
    expect(field('Lượt tiếp cận').getAttribute('aria-invalid')).toBe('true');
    expect(field('Sự kiện').getAttribute('aria-invalid')).toBeNull();
    expect(sent()).toHaveLength(0);
  });

  it('shows the server’s refusal at the top and its field error beside the field', async () => {
    useProcedures({
      'ambassadors.addAppearance': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
          { fieldErrors: { appearedOn: [msg('dateRange')] } },
        ),
    });
    const { sheet, field, fill } = await openForm();
    await fill({ Ngày: '12/08/2025', 'Sự kiện': 'Hiến máu', 'Hình thức': 'Livestream' });
    expect((await within(sheet).findByRole('alert')).textContent).toBe('Dữ liệu không hợp lệ');
    expect(field('Ngày').getAttribute('aria-invalid')).toBe('true');
    expect(within(sheet).getByText(translateSchemaMessage(msg('dateRange'), 'vi'))).toBeTruthy();
    expect(field('Sự kiện').value).toBe('Hiến máu');
  });

  it('sends ISO dates and numbers, and closes when saved', async () => {
    useProcedures({
      'ambassadors.addAppearance': (input) => ({ id: 'p-1', ...(input as object) }),
    });
    const { fill, container } = await openForm();
    expect(await seriousA11yViolations(container)).toEqual([]);
    await fill({
      Ngày: '12/08/2025',
      'Sự kiện': 'Ngày hội hiến máu',
      'Hình thức': 'Livestream',
      'Lượt tiếp cận': '15000',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent().map((c) => c.input)).toEqual([
      {
        ambassadorId: 'a-1',
        appearedOn: '2025-08-12',
        event: 'Ngày hội hiến máu',
        kind: 'Livestream',
        reach: 15000,
      },
    ]);
  });
});
