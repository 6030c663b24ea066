// The one way a form is built (decision 30): TanStack Form holds the values; the domain's zod
// schema is its submit validator; the tRPC mutation runs only on a valid input; client and
// server field errors land on the fields, in the chosen language; a CONFLICT keeps what the
// user typed and hands the server's current row to <ConflictView>. After a refused submit,
// focus goes to the first field in error, so a keyboard or screen-reader user starts there.
import { useForm, useStore } from '@tanstack/react-form';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  errorCode,
  errorData,
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../errors';
import { useLang } from '../i18n';
import type { Checked } from './checked';
import { type Placement, placeErrors } from './placed-errors';

export interface Versioned {
  version: number;
}

export interface SchemaFormOptions<TValues, TResult, TCurrent, TMeta> {
  defaultValues: TValues;
  /** The version being edited (optimistic concurrency), or null for something new. */
  version?: number | null;
  /** Values → the schema-checked call: `check(ZSomething, input, save.mutateAsync)`. */
  check: (values: TValues, version: number | null, meta: TMeta) => Checked<TResult>;
  onSaved?: (result: TResult, meta: TMeta) => unknown;
  /** Input path → form field, where they differ ('record.heldOn' → 'heldOn'). */
  fieldOf?: (path: string, values: TValues) => string;
  dateFields?: Placement['dateFields'];
  /** The server's current row (CONFLICT details) as form values, for "use the latest". */
  valuesOf?: (current: TCurrent, values: TValues) => TValues;
}

type FieldMetaLike = { errorMap?: { onSubmit?: unknown; onServer?: unknown } };

export function useSchemaForm<
  TValues extends Record<string, unknown>,
  TResult,
  TCurrent extends Versioned = Versioned,
  TMeta = undefined,
>(options: SchemaFormOptions<TValues, TResult, TCurrent, TMeta>) {
  const { lang } = useLang();
  const opts = useRef(options);
  opts.current = options;
  // A ref for the validator (it runs before React re-renders), state for the screen.
  const versionRef = useRef(options.version ?? null);
  const [version, setVersionState] = useState(versionRef.current);
  const setVersion = (next: number | null) => {
    versionRef.current = next;
    setVersionState(next);
  };
  const submitMeta = useRef<TMeta | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<TCurrent | null>(null);
  const pending = useRef<{ send?: () => Promise<TResult>; result?: TResult | null }>({});
  // The form element (from its submit event, or `ref` where buttons submit without one) and
  // a counter bumped on each refusal: the focus moves once the errors are on the screen.
  const formRef = useRef<HTMLFormElement | null>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const placement = (values: TValues): Placement => ({
    fields: Object.keys(opts.current.defaultValues),
    fieldOf: (path) => opts.current.fieldOf?.(path, values) ?? path,
    dateFields: opts.current.dateFields,
    values,
  });

  // The first values only, as useState would: TanStack resets untouched values whenever the
  // defaults change, and a refetch of the row being edited must not wipe what was typed.
  const [defaultValues] = useState(options.defaultValues);
  const form = useForm({
    defaultValues,
    // Errors stay until the next submit, which re-checks everything.
    canSubmitWhenInvalid: true,
    onSubmitMeta: undefined as TMeta,
    validators: {
      onSubmit: ({ value }) => {
        const checked = opts.current.check(value, versionRef.current, submitMeta.current as TMeta);
        if ('send' in checked) {
          pending.current.send = checked.send;
          return undefined;
        }
        const found = placeErrors(zodFieldErrors(checked.issues, lang), placement(value), lang);
        if (found.unplaced.length) setFormError(found.unplaced.join(' — '));
        setRefusals((n) => n + 1);
        return { fields: found.fields };
      },
    },
    onSubmit: async ({ value, meta }) => {
      const send = pending.current.send;
      pending.current.send = undefined;
      if (!send) return;
      try {
        const result = await send();
        const next = (result as Partial<Versioned> | null)?.version;
        if (typeof next === 'number') setVersion(next);
        pending.current.result = result;
        await opts.current.onSaved?.(result, meta);
      } catch (err) {
        onFailure(err, value);
      }
    },
  });
  // Server errors sit in TanStack's own error map ('onServer'), beside the schema's.
  const setMeta = (name: string, update: (prev: FieldMetaLike) => object) =>
    // TanStack types field names as the values' deep keys; server paths are plain strings.
    (form.setFieldMeta as unknown as (n: string, u: (p: FieldMetaLike) => object) => void)(
      name,
      update,
    );
  const setServerError = (field: string, message: string | undefined) =>
    setMeta(field, (prev) => ({ ...prev, errorMap: { ...prev?.errorMap, onServer: message } }));
  const setErrors = (field: string, message: undefined) =>
    setMeta(field, (prev) => ({
      ...prev,
      errorMap: { ...prev?.errorMap, onServer: message, onSubmit: message },
    }));

  function onFailure(err: unknown, values: TValues) {
    const current = errorData(err).details?.current as TCurrent | undefined;
    if (errorCode(err) === 'CONFLICT' && typeof current?.version === 'number') {
      setVersion(current.version);
      if (opts.current.valuesOf) return setConflict(current);
    }
    const found = placeErrors(serverFieldErrors(err, lang), placement(values), lang);
    for (const [field, message] of Object.entries(found.fields)) setServerError(field, message);
    // A message already said beside its field ("the current password is wrong") is not
    // said twice; the focus goes to that field, whose description reads it out.
    const message = errorMessage(err, lang);
    const isSaidBeside = Object.values(found.fields).includes(message);
    const top = [...(isSaidBeside ? [] : [message]), ...found.unplaced];
    setFormError(top.length > 0 ? top.join(' — ') : null);
    setRefusals((n) => n + 1);
  }

  /** Validates and sends; resolves to the mutation's result, or null if it did not save. */
  async function submit(meta?: TMeta, baseVersion?: number): Promise<TResult | null> {
    setFormError(null);
    setConflict(null);
    if (baseVersion !== undefined) setVersion(baseVersion);
    clearErrors();
    submitMeta.current = meta;
    pending.current.result = null;
    await form.handleSubmit(meta as TMeta);
    return pending.current.result ?? null;
  }

  // Our controls are not TanStack fields, so nothing re-validates them on change: the
  // errors of the last try are cleared here, and the submit checks everything again.
  function clearErrors() {
    for (const [field, meta] of Object.entries(form.state.fieldMeta)) {
      const map = (meta as FieldMetaLike | undefined)?.errorMap;
      if (map?.onServer || map?.onSubmit) setErrors(field, undefined);
    }
  }

  const values = useStore(form.store, (s) => s.values);
  const errors = useStore(form.store, (s) => fieldErrorsOf(s.fieldMeta), sameErrors);
  const isSubmitting = useStore(form.store, (s) => s.isSubmitting);

  return {
    form,
    values,
    errors,
    formError,
    setFormError,
    isSubmitting,
    version,
    setVersion,
    conflict,
    submit,
    /** For a form submitted by buttons of type="button" (`<form ref={f.ref}>`): where to focus. */
    ref: formRef,
    /** For <form onSubmit>: the submitter button's value is the meta, if the form wants it. */
    onSubmit: (event: FormEvent, meta?: TMeta) => {
      event.preventDefault();
      if (event.currentTarget instanceof HTMLFormElement) formRef.current = event.currentTarget;
      void submit(meta);
    },
    /** Changes some values (a field's onChange). */
    update: (patch: Partial<TValues>) => {
      for (const [key, value] of Object.entries(patch))
        (form.setFieldValue as (name: string, value: unknown) => void)(key, value);
    },
    /** CONFLICT: send what the user typed again, on top of the newer version. */
    applyMine: () => (conflict ? submit(undefined, conflict.version) : Promise.resolve(null)),
    /** CONFLICT: drop what the user typed and take the server's version. */
    takeTheirs: () => {
      if (!conflict || !opts.current.valuesOf) return;
      form.reset(opts.current.valuesOf(conflict, form.state.values), { keepDefaultValues: true });
      setConflict(null);
    },
  };
}

/** TanStack's per-field error maps → the first message per field (client first). */
function fieldErrorsOf(fieldMeta: Record<string, unknown>): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, meta] of Object.entries(fieldMeta)) {
    const map = (meta as FieldMetaLike | undefined)?.errorMap;
    const message = map?.onSubmit ?? map?.onServer;
    if (typeof message === 'string') out[field] = message;
  }
  return out;
}

function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export type SchemaForm<TValues extends Record<string, unknown>, TResult> = ReturnType<
  typeof useSchemaForm<TValues, TResult>
>;
