// Administrators create, rename, move and close units with effective dates (dd/MM/yyyy).
// Input is checked with the domain schemas; a CONFLICT takes the newer version and lets
// the admin save the same change again.
import {
  formatDateVi,
  parseDateVi,
  todayInVietnam,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  ZCloseUnitInput,
  ZCreateUnitInput,
  ZMoveUnitInput,
  ZRenameUnitInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import {
  errorCode,
  errorData,
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';

type Mode = 'create' | 'rename' | 'move' | 'close';
const MODE_LABELS = {
  create: { vi: 'Thêm đơn vị', en: 'Add a unit' },
  rename: { vi: 'Đổi tên', en: 'Rename' },
  move: { vi: 'Chuyển đơn vị cấp trên', en: 'Move' },
  close: { vi: 'Giải thể / sáp nhập', en: 'Close / merge' },
};
const DATE_HINT = { vi: 'Ngày hiệu lực, dạng dd/MM/yyyy', en: 'Effective date, dd/MM/yyyy' };

export function UnitActions({
  unit,
  units,
  onClose,
}: {
  unit: TreeUnit | null;
  units: TreeUnit[];
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>(unit ? 'rename' : 'create');
  const [version, setVersion] = useState(unit?.version ?? 0);
  const [fields, setFields] = useState({
    code: '',
    name: unit?.name ?? '',
    kind: 'grassroots',
    parentId: unit?.parentId ?? '',
    date: formatDateVi(todayInVietnam(new Date())),
    mergedIntoId: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const options = { onSuccess: () => queryClient.invalidateQueries() };
  const create = useMutation(trpc.units.create.mutationOptions(options));
  const rename = useMutation(trpc.units.rename.mutationOptions(options));
  const move = useMutation(trpc.units.move.mutationOptions(options));
  const close = useMutation(trpc.units.close.mutationOptions(options));
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [key]: e.target.value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const date = parseDateVi(fields.date) ?? fields.date;
    const unitId = unit?.id ?? '';
    const parsed =
      mode === 'create'
        ? ZCreateUnitInput.safeParse({
            code: fields.code,
            name: fields.name,
            kind: fields.kind,
            parentId: fields.parentId || null,
            openedOn: date,
          })
        : mode === 'rename'
          ? ZRenameUnitInput.safeParse({ unitId, version, name: fields.name, effectiveOn: date })
          : mode === 'move'
            ? ZMoveUnitInput.safeParse({
                unitId,
                version,
                parentId: fields.parentId,
                effectiveOn: date,
              })
            : ZCloseUnitInput.safeParse({
                unitId,
                version,
                closedOn: date,
                mergedIntoId: fields.mergedIntoId || undefined,
              });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      const input = parsed.data as never;
      await { create, rename, move, close }[mode].mutateAsync(input);
      onClose();
    } catch (err) {
      const current = errorData(err).details?.current as { version?: number } | undefined;
      if (errorCode(err) === 'CONFLICT' && current?.version !== undefined)
        setVersion(current.version);
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  const dateField = (name: string) => (
    <Field
      name="date"
      label={t({ vi: 'Ngày hiệu lực', en: 'Effective date' })}
      hint={t(DATE_HINT)}
      error={errors[name]}
    >
      {(p) => <input {...p} inputMode="numeric" value={fields.date} onChange={set('date')} />}
    </Field>
  );
  const unitSelect = (name: 'parentId' | 'mergedIntoId', label: string) => (
    <Field name={name} label={label} error={errors[name]}>
      {(p) => (
        <select {...p} value={fields[name]} onChange={set(name)}>
          <option value="">—</option>
          {units
            .filter((u) => u.id !== unit?.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
      )}
    </Field>
  );

  return (
    <Sheet title={unit ? unit.name : t(MODE_LABELS.create)} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="stack">
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
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
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
        {mode === 'create'
          ? dateField('openedOn')
          : mode === 'move' || mode === 'rename'
            ? dateField('effectiveOn')
            : mode === 'close'
              ? dateField('closedOn')
              : null}
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
