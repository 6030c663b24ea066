// What the appeal and drive forms share on top of the shared form layer (decision 30): the
// sheet, the conflict view and the message at the top, save and cancel; their fields bound
// to the form's values and errors and labelled with the giving words (a date typed as
// dd/MM/yyyy whatever the browser's locale, a whole number typed with digits only).
import { formatDateVi } from '@lantoa/domain';
import type { FormEvent, ReactNode } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { TextField } from '../../components/text-field';
import { UnitPicker } from '../../components/unit-picker';
import { ViDateInput } from '../../components/vi-date-input';
import type { FieldErrors } from '../../lib/errors';
import { ConflictView, conflictRows, FormAlert } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { G } from './giving-words';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The values as the conflict view shows them: dates as dd/MM/yyyy. */
const shown = <TValues extends Record<string, unknown>>(values: TValues) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' && ISO_DATE.test(v) ? formatDateVi(v) : v,
    ]),
  ) as TValues;

interface SheetFormState<TValues> {
  values: TValues;
  formError: string | null;
  isSubmitting: boolean;
  onSubmit: (event: FormEvent) => void;
  applyMine: () => Promise<unknown>;
  takeTheirs: () => void;
}

export function GivingSheetForm<TValues extends Record<string, unknown>>(props: {
  title: string;
  form: SheetFormState<TValues>;
  /** The server's newer version as form values (CONFLICT), or null. */
  theirs: TValues | null;
  /** The fields the conflict view compares, with their labels. */
  compared: ReadonlyArray<readonly [keyof TValues & string, string]>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t, lang } = useLang();
  const { form, theirs } = props;
  return (
    <Sheet title={props.title} onClose={props.onClose}>
      <form onSubmit={form.onSubmit} noValidate className="stack">
        {theirs ? (
          <ConflictView
            rows={conflictRows(props.compared, shown(theirs), shown(form.values), lang)}
            onApplyMine={() => void form.applyMine()}
            onUseTheirs={form.takeTheirs}
          />
        ) : null}
        <FormAlert message={form.formError} />
        {props.children}
        <SubmitRow label={t(G.save)} isBusy={form.isSubmitting} onCancel={props.onClose} />
      </form>
    </Sheet>
  );
}

/** The form's submit button (off while it sends) and cancel. */
export function SubmitRow(props: { label: string; isBusy: boolean; onCancel: () => void }) {
  const { t } = useLang();
  return (
    <div className="actions">
      <button type="submit" className="btn btn-primary" disabled={props.isBusy}>
        {props.label}
      </button>
      <button type="button" className="btn" onClick={props.onCancel}>
        {t(G.cancel)}
      </button>
    </div>
  );
}

type Word = keyof typeof G;
interface BoundForm<TValues> {
  values: TValues;
  errors: FieldErrors;
  update: (patch: Partial<TValues>) => void;
}

/** The form's fields by name, each labelled with the giving word of the same name. */
export function givingFields<TValues extends Record<string, unknown>>(
  form: BoundForm<TValues>,
  t: (words: { vi: string; en: string }) => string,
) {
  const { values: f, errors } = form;
  // A computed key widens to a string index: the names are the form's own, checked above.
  const set = (key: string, value: unknown) => form.update({ [key]: value } as Partial<TValues>);
  return {
    text: (key: keyof TValues & Word, hint?: string) => (
      <TextField
        name={key}
        label={t(G[key])}
        hint={hint}
        value={f[key] as string}
        error={errors[key]}
        onChange={(value) => set(key, value)}
      />
    ),
    area: (key: keyof TValues & Word, rows: number) => (
      <Field name={key} label={t(G[key])} hint={t(G.storyHint)} error={errors[key]}>
        {(p) => (
          <textarea
            {...p}
            rows={rows}
            value={f[key] as string}
            onChange={(e) => set(key, e.target.value)}
          />
        )}
      </Field>
    ),
    dates: () => (
      <div className="grid-2">
        {(['startsOn', 'endsOn'] as const).map((key) => (
          <DateField
            key={key}
            name={key}
            label={t(G[key])}
            value={f[key] as string | undefined}
            error={errors[key]}
            onChange={(iso) => set(key, iso)}
          />
        ))}
      </div>
    ),
    /** The unit, searched on the server; `name` names the unit the form starts with. */
    unit: (name: string) => (
      <UnitPicker
        name="unitId"
        label={t(G.unit)}
        value={f.unitId as string}
        valueName={name}
        error={errors.unitId}
        onChange={(unitId) => set('unitId', unitId)}
      />
    ),
  };
}

export function DateField(props: {
  name: string;
  label: string;
  value: string | undefined;
  error: string | undefined;
  onChange: (iso: string | undefined) => void;
}) {
  return (
    <Field name={props.name} label={props.label} error={props.error}>
      {(p) => <ViDateInput value={props.value} control={p} onChange={props.onChange} />}
    </Field>
  );
}

export function WholeNumberField(props: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onChange: (digits: string) => void;
}) {
  const { value, onChange, ...field } = props;
  return (
    <Field {...field}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
        />
      )}
    </Field>
  );
}
