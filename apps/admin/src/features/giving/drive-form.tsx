// Create or edit a registration drive: unit, kind (volunteers, a blood-donation day, an
// event), code, title, description (plain text), dates, place, places (empty: no limit)
// and whether it takes registrations now. Checked with the domain schema, then the server.
import { DRIVE_KIND_LABELS, DRIVE_KINDS, ZDriveInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import {
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { G } from './giving-words';

export type DriveRow = RouterOutputs['drives']['list'][number];

export function DriveForm(props: {
  drive: DriveRow | null;
  units: { id: string; name: string }[];
  onClose: (id?: string) => void;
}) {
  const { drive, units } = props;
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    unitId: drive?.unitId ?? units[0]?.id ?? '',
    kind: drive?.kind ?? 'volunteer',
    code: drive?.code ?? '',
    title: drive?.title ?? '',
    description: drive?.description ?? '',
    startsOn: drive?.startsOn as string | undefined,
    endsOn: drive?.endsOn as string | undefined,
    place: drive?.place ?? '',
    capacity: drive?.capacity ? String(drive.capacity) : '',
    isOpen: drive?.isOpen ?? true,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.drives.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.drives.pathKey() }),
    }),
  );
  const set =
    (key: 'unitId' | 'kind' | 'code' | 'title' | 'description' | 'place') =>
    (e: { target: { value: string } }) =>
      setF((c) => ({ ...c, [key]: e.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZDriveInput.safeParse({
      ...f,
      id: drive?.id ?? null,
      version: drive?.version ?? null,
      startsOn: f.startsOn ?? '',
      endsOn: f.endsOn ?? '',
      capacity: f.capacity === '' ? null : Number(f.capacity),
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      props.onClose((await save.mutateAsync(parsed.data)).id);
    } catch (err) {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }
  const text = (key: 'code' | 'title' | 'place', hint?: string) => (
    <Field name={key} label={t(G[key])} error={errors[key]} {...(hint ? { hint } : {})}>
      {(p) => <input {...p} value={f[key]} onChange={set(key)} />}
    </Field>
  );
  const date = (key: 'startsOn' | 'endsOn') => (
    <Field name={key} label={t(G[key])} error={errors[key]}>
      {(p) => (
        <ViDateInput
          value={f[key]}
          control={p}
          onChange={(iso) => setF((c) => ({ ...c, [key]: iso }))}
        />
      )}
    </Field>
  );
  return (
    <Sheet title={t(drive ? G.editDrive : G.addDrive)} onClose={() => props.onClose()}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <div className="grid-2">
          <Field name="unitId" label={t(G.unit)} error={errors.unitId}>
            {(p) => (
              <select {...p} value={f.unitId} onChange={set('unitId')}>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="kind" label={t(G.kind)} error={errors.kind}>
            {(p) => (
              <select {...p} value={f.kind} onChange={set('kind')}>
                {DRIVE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(DRIVE_KIND_LABELS[k])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {text('title')}
        {text('code', t(G.codeHint))}
        <Field
          name="description"
          label={t(G.description)}
          hint={t(G.storyHint)}
          error={errors.description}
        >
          {(p) => <textarea {...p} rows={4} value={f.description} onChange={set('description')} />}
        </Field>
        <div className="grid-2">
          {date('startsOn')}
          {date('endsOn')}
        </div>
        {text('place')}
        <Field
          name="capacity"
          label={t(G.capacity)}
          hint={t(G.capacityHint)}
          error={errors.capacity}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={f.capacity}
              onChange={(e) => setF((c) => ({ ...c, capacity: e.target.value.replace(/\D/g, '') }))}
            />
          )}
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={f.isOpen}
            onChange={(e) => setF((c) => ({ ...c, isOpen: e.target.checked }))}
          />{' '}
          {t(G.isOpen)}
        </label>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t(G.save)}
          </button>
          <button type="button" className="btn" onClick={() => props.onClose()}>
            {t(G.cancel)}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
