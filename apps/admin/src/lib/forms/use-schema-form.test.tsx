// The shared form layer on its own: a unit-rename form with the domain schema and the real
// tRPC client against msw. Field errors (client and server), the top message, CONFLICT shown
// and resolved both ways, in Vietnamese and English.
import { translateSchemaMessage, ZRenameUnitInput } from '@lantoa/domain';
import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../../components/text-field';
import { calls, TrpcFailure, useProcedures } from '../../test/api-handlers';
import { renderWithProviders, seriousA11yViolations } from '../../test/render';
import { trpc } from '../api';
import { useLang } from '../i18n';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '.';

type Current = { version: number; name: string };

function RenameForm({ onSaved }: { onSaved: (result: unknown) => void }) {
  const { setLang } = useLang();
  const rename = useMutation(trpc.units.rename.mutationOptions());
  const form = useSchemaForm({
    defaultValues: { name: 'Hội Chữ thập đỏ phường Rạch Giá' },
    version: 4,
    check: (values, version) =>
      check(
        ZRenameUnitInput,
        { ...values, unitId: 'u-rg', version, effectiveOn: '2026-11-30' },
        rename.mutateAsync,
      ),
    valuesOf: (current: Current) => ({ name: current.name }),
    onSaved,
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      {form.conflict ? (
        <ConflictView
          rows={conflictRows([['name', 'Tên']], { name: form.conflict.name }, form.values, 'vi')}
          onApplyMine={() => void form.applyMine()}
          onUseTheirs={form.takeTheirs}
        />
      ) : null}
      <FormAlert message={form.formError} />
      <TextField
        name="name"
        label="Tên"
        value={form.values.name}
        error={form.errors.name}
        onChange={(name) => form.update({ name })}
      />
      <button type="submit">Lưu</button>
      <button type="button" onClick={() => setLang('en')}>
        English
      </button>
      <button type="button" onClick={() => setLang('vi')}>
        Tiếng Việt
      </button>
    </form>
  );
}

function renderForm() {
  const onSaved = vi.fn();
  const view = renderWithProviders(<RenameForm onSaved={onSaved} />);
  return { ...view, onSaved, ui: userEvent.setup(), name: () => screen.getByLabelText('Tên') };
}

const schemaMessage = (lang: 'vi' | 'en') => {
  const parsed = ZRenameUnitInput.safeParse({
    unitId: 'u-rg',
    version: 4,
    name: '',
    effectiveOn: '2026-11-30',
  });
  return translateSchemaMessage(parsed.error?.issues[0]?.message ?? '', lang);
};

const conflictOnce = (current: Current) => {
  let attempts = 0;
  useProcedures({
    'units.rename': (input) => {
      attempts += 1;
      if (attempts > 1) return { ...(input as object), version: current.version + 1 };
      return new TrpcFailure(
        'CONFLICT',
        409,
        { vi: 'Đã bị thay đổi', en: 'Changed' },
        { details: { current } },
      );
    },
  });
};

describe('the shared form layer', () => {
  it('checks with the domain schema first: the error beside its field, nothing sent', async () => {
    const { ui, name, onSaved } = renderForm();
    await ui.clear(name());
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(name().getAttribute('aria-invalid')).toBe('true');
    // The keyboard lands on the first field in error, not on the button it pressed.
    await waitFor(() => expect(document.activeElement).toBe(name()));
    const errorId = name().getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toContain(schemaMessage('vi'));
    expect(calls).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
    // Typing after a refused submit keeps what is typed (TanStack re-validates on change).
    useProcedures({ 'units.rename': (input) => ({ ...(input as object), version: 5 }) });
    await ui.type(name(), 'Hội mới');
    expect((name() as HTMLInputElement).value).toBe('Hội mới');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(name().getAttribute('aria-invalid')).toBeNull();
  });

  it('speaks English when the reader chose it', async () => {
    const { ui, name } = renderForm();
    try {
      await ui.click(screen.getByRole('button', { name: 'English' }));
      await ui.clear(name());
      await ui.click(screen.getByRole('button', { name: 'Lưu' }));
      expect(await screen.findByText(schemaMessage('en'))).toBeTruthy();
    } finally {
      await ui.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    }
  });

  it('puts server field errors on their fields, and those no field shows at the top', async () => {
    useProcedures({
      'units.rename': () =>
        new TrpcFailure(
          'BAD_REQUEST',
          400,
          { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
          { details: { fieldErrors: { name: ['Tên đã có.'], parentId: ['Cấp trên đã đóng.'] } } },
        ),
    });
    const { ui, name, onSaved } = renderForm();
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Tên đã có.')).toBeTruthy();
    expect(name().getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(name()));
    expect(screen.getByRole('alert').textContent).toBe('Dữ liệu không hợp lệ — Cấp trên đã đóng.');
    expect(onSaved).not.toHaveBeenCalled();
    // The next try starts clean: the server's error goes once the server accepts.
    useProcedures({ 'units.rename': (input) => ({ ...(input as object), version: 5 }) });
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(name().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('on CONFLICT shows theirs beside mine, focused, and sends mine again on the newer version', async () => {
    conflictOnce({ version: 7, name: 'Hội CTĐ phường Rạch Giá (mới)' });
    const { ui, name, onSaved } = renderForm();
    await ui.clear(name());
    await ui.type(name(), 'Tên của tôi');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    const heading = await screen.findByRole('heading', { name: 'Đã có phiên bản mới hơn' });
    expect(document.activeElement).toBe(heading);
    const row = screen.getByRole('row', { name: /Tên/ });
    expect(row.textContent).toContain('Hội CTĐ phường Rạch Giá (mới)');
    expect(row.textContent).toContain('Tên của tôi');
    expect((name() as HTMLInputElement).value).toBe('Tên của tôi');
    expect(onSaved).not.toHaveBeenCalled();
    await ui.click(screen.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => c.input)).toEqual([
      { unitId: 'u-rg', version: 4, name: 'Tên của tôi', effectiveOn: '2026-11-30' },
      { unitId: 'u-rg', version: 7, name: 'Tên của tôi', effectiveOn: '2026-11-30' },
    ]);
    expect(screen.queryByRole('heading', { name: 'Đã có phiên bản mới hơn' })).toBeNull();
  });

  it('on CONFLICT can take the latest version instead, and then saves on top of it', async () => {
    conflictOnce({ version: 7, name: 'Bản của người khác' });
    const { ui, name, onSaved } = renderForm();
    await ui.type(name(), ' (sửa)');
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await ui.click(await screen.findByRole('button', { name: 'Dùng bản mới nhất' }));
    expect((name() as HTMLInputElement).value).toBe('Bản của người khác');
    expect(screen.queryByRole('heading', { name: 'Đã có phiên bản mới hơn' })).toBeNull();
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[1]?.input).toEqual({
      unitId: 'u-rg',
      version: 7,
      name: 'Bản của người khác',
      effectiveOn: '2026-11-30',
    });
  });

  it('keeps the conflict view reachable by keyboard and free of serious a11y violations', async () => {
    conflictOnce({ version: 7, name: 'Bản của người khác' });
    const { ui, container } = renderForm();
    await ui.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByRole('heading', { name: 'Đã có phiên bản mới hơn' });
    await ui.tab();
    expect(document.activeElement?.textContent).toBe('Áp dụng lại thay đổi của tôi');
    await ui.tab();
    expect(document.activeElement?.textContent).toBe('Dùng bản mới nhất');
    expect(await seriousA11yViolations(container)).toEqual([]);
  });
});
