// Create or edit a registration drive: unit, kind (volunteers, a blood-donation day, an
// event), code, title, description (plain text), dates, place, places (empty: no limit)
// and whether it takes registrations now. Built on the shared form layer (decision 30): the
// domain's schema here and again on the server, a stale version shown in the conflict view.
import { DRIVE_KIND_LABELS, DRIVE_KINDS, type DriveKind, ZDriveInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { check, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { GivingSheetForm, givingFields, WholeNumberField } from './giving-sheet-form';
import { G } from './giving-words';

export type DriveRow = RouterOutputs['drives']['list'][number];
type UnitOption = { id: string; name: string };
type Saved = Omit<DriveRow, 'registeredCount' | 'unitName'>;

const valuesOf = (drive: Saved | null, home: UnitOption) => ({
  unitId: drive?.unitId ?? home.id,
  kind: (drive?.kind ?? 'volunteer') as DriveKind,
  code: drive?.code ?? '',
  title: drive?.title ?? '',
  description: drive?.description ?? '',
  startsOn: drive?.startsOn as string | undefined,
  endsOn: drive?.endsOn as string | undefined,
  place: drive?.place ?? '',
  capacity: drive?.capacity ? String(drive.capacity) : '',
  isOpen: drive?.isOpen ?? true,
});

export function DriveForm(props: {
  drive: DriveRow | null;
  /** The user's own unit: a new one's unit until another is picked. */
  home: UnitOption;
  onClose: (id?: string) => void;
}) {
  const { drive, home } = props;
  const { t } = useLang();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.drives.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.drives.pathKey() }),
    }),
  );
  const df = useSchemaForm({
    defaultValues: valuesOf(drive, home),
    version: drive?.version ?? null,
    check: (f, version) =>
      check(
        ZDriveInput,
        {
          ...f,
          id: drive?.id ?? null,
          version,
          startsOn: f.startsOn ?? '',
          endsOn: f.endsOn ?? '',
          capacity: f.capacity === '' ? null : Number(f.capacity),
        },
        save.mutateAsync,
      ),
    valuesOf: (current: Saved) => valuesOf(current, home),
    onSaved: (saved) => props.onClose(saved.id),
  });
  const { values: f, errors, update } = df;
  const { text, area, dates, unit } = givingFields(df, t);
  return (
    <GivingSheetForm
      title={t(drive ? G.editDrive : G.addDrive)}
      form={df}
      theirs={df.conflict ? valuesOf(df.conflict, home) : null}
      compared={[
        ['title', t(G.title)],
        ['code', t(G.code)],
        ['description', t(G.description)],
        ['startsOn', t(G.startsOn)],
        ['endsOn', t(G.endsOn)],
        ['place', t(G.place)],
        ['capacity', t(G.capacity)],
        ['isOpen', t(G.isOpen)],
      ]}
      onClose={() => props.onClose()}
    >
      <div className="grid-2">
        {unit(drive?.unitName ?? home.name)}
        <Field name="kind" label={t(G.kind)} error={errors.kind}>
          {(p) => (
            <select
              {...p}
              value={f.kind}
              onChange={(e) => update({ kind: e.target.value as DriveKind })}
            >
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
      {area('description', 4)}
      {dates()}
      {text('place')}
      <WholeNumberField
        name="capacity"
        label={t(G.capacity)}
        hint={t(G.capacityHint)}
        value={f.capacity}
        error={errors.capacity}
        onChange={(capacity) => update({ capacity })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={f.isOpen}
          onChange={(e) => update({ isOpen: e.target.checked })}
        />{' '}
        {t(G.isOpen)}
      </label>
    </GivingSheetForm>
  );
}
