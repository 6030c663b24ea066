// The unit picker (decision 38): typing asks the server (msw here), the keyboard chooses,
// an empty answer and a failed one are said, and a form around it sends the chosen id.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { calls, PICKER_UNITS, TrpcFailure, useProcedures } from '../test/api-handlers';
import { renderWithProviders, seriousA11yViolations } from '../test/render';
import { UnitPicker } from './unit-picker';

function PickerForm({ onSubmit }: { onSubmit: (unitId: string) => void }) {
  const [unitId, setUnitId] = useState('u-kg');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(unitId);
      }}
    >
      <UnitPicker
        name="unitId"
        label="Đơn vị"
        value={unitId}
        valueName="Hội Chữ thập đỏ tỉnh Kiên Giang"
        error={undefined}
        onChange={setUnitId}
      />
      <button type="submit">Lưu</button>
    </form>
  );
}

const box = () => screen.getByRole('combobox', { name: 'Đơn vị' }) as HTMLInputElement;
const searches = () => calls.filter((c) => c.path === 'units.search').map((c) => c.input);

describe('unit picker', () => {
  it('shows the current choice by name before any search, and asks nothing until opened', () => {
    renderWithProviders(<PickerForm onSubmit={() => {}} />);
    expect(box().value).toBe('Hội Chữ thập đỏ tỉnh Kiên Giang');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(searches()).toEqual([]);
  });

  it('searches the server as the user types (diacritics optional) and chooses by keyboard', async () => {
    const onSubmit = vi.fn();
    const { container } = renderWithProviders(<PickerForm onSubmit={onSubmit} />);
    const ui = userEvent.setup();
    await ui.clear(box());
    await ui.type(box(), 'rach gia');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    // Both namesakes, told apart by their parents' names.
    await screen.findByRole('option', { name: /thành phố Rạch Giá — Hội Chữ thập đỏ/ });
    await screen.findByRole('option', { name: /phường Rạch Giá — An Giang/ });
    await waitFor(() =>
      expect(searches()).toContainEqual(expect.objectContaining({ search: 'rach gia' })),
    );
    expect(await seriousA11yViolations(container)).toEqual([]);

    await ui.keyboard('{ArrowDown}{ArrowDown}');
    const active = box().getAttribute('aria-activedescendant');
    expect(document.getElementById(active ?? '')?.textContent).toMatch(/phường Rạch Giá/);
    await ui.keyboard('{Enter}');
    expect(box().value).toBe('Hội CTĐ phường Rạch Giá');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith('u-ag');
  });

  it('closes on Escape and keeps the choice it had', async () => {
    renderWithProviders(<PickerForm onSubmit={() => {}} />);
    const ui = userEvent.setup();
    await ui.type(box(), ' xyz');
    await ui.keyboard('{Escape}');
    expect(box().value).toBe('Hội Chữ thập đỏ tỉnh Kiên Giang');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says when nothing is found, and when the search failed', async () => {
    renderWithProviders(<PickerForm onSubmit={() => {}} />);
    const ui = userEvent.setup();
    await ui.clear(box());
    await ui.type(box(), 'không có');
    expect(await screen.findByText('Không có đơn vị nào')).toBeTruthy();
    useProcedures({
      'units.search': () =>
        new TrpcFailure('BAD_REQUEST', 400, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid' }),
    });
    await ui.type(box(), ' nữa');
    expect(await screen.findByText('Không tìm được đơn vị. Hãy thử lại.')).toBeTruthy();
  });

  it('says it is searching while the server answers', async () => {
    let release: () => void = () => {};
    useProcedures({
      'units.search': () =>
        new Promise((resolve) => {
          release = () => resolve({ items: PICKER_UNITS, nextCursor: null });
        }),
    });
    renderWithProviders(<PickerForm onSubmit={() => {}} />);
    fireEvent.click(box());
    expect(await screen.findByText('Đang tìm…')).toBeTruthy();
    release();
    expect(await screen.findAllByRole('option')).toHaveLength(3);
  });
});
