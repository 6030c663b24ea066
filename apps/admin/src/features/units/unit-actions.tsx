// Administrators create, rename, move and close units with effective dates (dd/MM/yyyy).
// Input is checked with the domain schemas on the shared form layer (decision 30); a
// CONFLICT shows the newer version and lets the admin save the same change again.
import { formatDateVi, todayInVietnam, UNIT_KIND_LABELS, UNIT_KINDS } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { TextField } from '../../components/text-field';
import { UnitPicker } from '../../components/unit-picker';
import { trpc } from '../../lib/api';
import { ConflictView, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { checkUnitAction, type Mode, type UnitValues, unitFieldOf } from './unit-action-input';
import type { ShownUnit } from './unit-level';

/** The unit as the server has it now (CONFLICT details). */
type CurrentUnit = { version: number; name?: string; parent_id?: string | null };
const MODE_LABELS = {
  create: { vi: 'Thêm đơn vị', en: 'Add a unit' },
  rename: { vi: 'Đổi tên', en: 'Rename' },
  move: { vi: 'Chuyển đơn vị cấp trên', en: 'Move' },
  close: { vi: 'Giải thể / sáp nhập', en: 'Close / merge' },
};
const DATE_HINT = { vi: 'Ngày hiệu lực, dạng dd/MM/yyyy', en: 'Effective date, dd/MM/yyyy' };

export function UnitActions({
  unit,
  asOf,
  onClose,
}: {
  unit: ShownUnit | null;
  /** The day the page shows: the pickers offer that day's units. */
  asOf: string | undefined;
  onClose: () => void;
}) {
  const { t } = useLang();
  // The names of the units chosen in the pickers, shown until another is searched for.
  const [picked, setPicked] = useState({ parentId: unit?.parentName ?? '', mergedIntoId: '' });
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>(unit ? 'rename' : 'create');
  const options = { onSuccess: () => queryClient.invalidateQueries() };
  const create = useMutation(trpc.units.create.mutationOptions(options));
  const rename = useMutation(trpc.units.rename.mutationOptions(options));
  const move = useMutation(trpc.units.move.mutationOptions(options));
  const close = useMutation(trpc.units.close.mutationOptions(options));
  const initial: UnitValues = {
    code: '',
    name: unit?.name ?? '',
    kind: 'grassroots',
    parentId: unit?.parentId ?? '',
    date: formatDateVi(todayInVietnam(new Date())),
    mergedIntoId: '',
  };
  const uf = useSchemaForm({
    defaultValues: initial,
    version: unit?.version ?? 0,
    check: (f, version) =>
      checkUnitAction(mode, f, unit?.id ?? '', version ?? 0, {
        create: create.mutateAsync,
        rename: rename.mutateAsync,
        move: move.mutateAsync,
        close: close.mutateAsync,
      }),
    fieldOf: unitFieldOf,
    dateFields: ['date'],
    valuesOf: (current: CurrentUnit, values) => ({
      ...values,
      name: current.name ?? initial.name,
      parentId: current.parent_id ?? '',
    }),
    onSaved: () => onClose(),
  });
  const { values: fields, errors } = uf;
  const set = (key: keyof UnitValues) => (e: { target: { value: string } }) =>
    uf.update({ [key]: e.target.value });

  const dateField = (
    <TextField
      name="date"
      label={t({ vi: 'Ngày hiệu lực', en: 'Effective date' })}
      hint={t(DATE_HINT)}
      isDate
      value={fields.date}
      error={errors.date}
      onChange={(date) => uf.update({ date })}
    />
  );
  const unitSelect = (name: 'parentId' | 'mergedIntoId', label: string) => (
    <UnitPicker
      name={name}
      label={label}
      blank="—"
      value={fields[name]}
      valueName={picked[name]}
      asOf={asOf}
      exclude={unit ? [unit.id] : undefined}
      error={errors[name]}
      onChange={(id, chosen) => {
        setPicked((p) => ({ ...p, [name]: chosen?.name ?? '' }));
        uf.update({ [name]: id });
      }}
    />
  );

  return (
    <Sheet title={unit ? unit.name : t(MODE_LABELS.create)} onClose={onClose}>
      <form onSubmit={uf.onSubmit} noValidate className="stack">
        {unit ? (
          <fieldset className="choice">
            <legend>{t({ vi: 'Thao tác', en: 'Action' })}</legend>
            {(['rename', 'move', 'close'] as const).map((m) => (
              <label key={m} className="choice-option">
                <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} />
                {t(MODE_LABELS[m])}
              </label>
            ))}
          </fieldset>
        ) : null}
        {uf.conflict ? (
          <ConflictView
            rows={[
              {
                label: t({ vi: 'Tên đơn vị', en: 'Unit name' }),
                theirs: uf.conflict.name ?? '',
                mine: fields.name,
              },
            ]}
            onApplyMine={() => void uf.applyMine()}
            onUseTheirs={uf.takeTheirs}
          />
        ) : null}
        <FormAlert message={uf.formError} />
        {mode === 'create' ? (
          <Field name="code" label={t({ vi: 'Mã đơn vị', en: 'Unit code' })} error={errors.code}>
            {(p) => (
              <input {...p} value={fields.code} onChange={set('code')} autoCapitalize="none" />
            )}
          </Field>
        ) : null}
        {mode === 'create' || mode === 'rename' ? (
          <Field name="name" label={t({ vi: 'Tên đơn vị', en: 'Unit name' })} error={errors.name}>
            {(p) => <input {...p} value={fields.name} onChange={set('name')} />}
          </Field>
        ) : null}
        {mode === 'create' ? (
          <Field name="kind" label={t({ vi: 'Cấp đơn vị', en: 'Kind' })} error={errors.kind}>
            {(p) => (
              <select {...p} value={fields.kind} onChange={set('kind')}>
                {UNIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(UNIT_KIND_LABELS[k])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {mode === 'create' || mode === 'move' ? unitSelect('parentId', t('parentUnit')) : null}
        {mode === 'close'
          ? unitSelect(
              'mergedIntoId',
              t({ vi: 'Sáp nhập vào (nếu có)', en: 'Merged into (optional)' }),
            )
          : null}
        {dateField}
        <div className="actions">
          <button type="submit" className="btn btn-primary">
            {t('save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
