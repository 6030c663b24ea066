// Add or edit one record of a unit, phone first: dates as dd/MM/yyyy, checked with the
// domain schema before sending; server field errors beside their fields; a CONFLICT keeps
// what the user typed and offers to apply it on top of the newer version.
import { type RecordKind, SCHEMA_MESSAGES, ZSaveRecordInput } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
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
import { M } from '../../lib/screen-messages';
import type { Campaign } from '../../lib/types';
import {
  draftOf,
  RECORD_FIELDS,
  type RecordDraft,
  type RecordField,
  recordInput,
  recordSummary,
} from './record-kinds';

export type RecordRow = Record<string, unknown> & { id: string; version: number };

interface RecordFormProps {
  kind: RecordKind;
  unitId: string;
  record: RecordRow | null;
  campaigns: Campaign[];
  onDone: (message: string) => void;
}

/** 'record.heldOn' (client) and 'heldOn' (server details) both name the field heldOn. */
function byField(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) out[key.replace(/^record\./, '')] = value;
  return out;
}

export function RecordForm({ kind, unitId, record, campaigns, onDone }: RecordFormProps) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RecordDraft>(() => draftOf(kind, record));
  const [version, setVersion] = useState<number | null>(record?.version ?? null);
  const [conflict, setConflict] = useState<RecordRow | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.records.save.mutationOptions());
  const fields = RECORD_FIELDS[kind];

  async function send(baseVersion = version) {
    setError(null);
    const parsed = ZSaveRecordInput.safeParse({
      id: record?.id ?? null,
      version: baseVersion,
      record: recordInput(kind, unitId, draft),
    });
    if (!parsed.success) {
      const found = byField(zodFieldErrors(parsed.error.issues, lang));
      // The schema speaks of yyyy-MM-dd; people here type dd/MM/yyyy.
      for (const f of fields)
        if (found[f.name] && f.type.startsWith('date'))
          found[f.name] = SCHEMA_MESSAGES.viDate[lang];
      setErrors(found);
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.records.ofUnit.queryKey({ unitId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      ]);
      onDone(t(M.recordSaved));
    } catch (err) {
      const current = errorData(err).details?.current as RecordRow | undefined;
      if (errorCode(err) === 'CONFLICT' && current) {
        setConflict(current);
        return;
      }
      const server = byField(serverFieldErrors(err, lang));
      setErrors(server);
      const unplaced = Object.entries(server).filter(([k]) => !fields.some((f) => f.name === k));
      setError([errorMessage(err, lang), ...unplaced.map(([, v]) => v)].join(' — '));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  const control = (f: RecordField) => (
    <Field
      key={f.name}
      name={f.name}
      label={t(f.label)}
      hint={
        f.type === 'date'
          ? t(M.dateHint)
          : f.type === 'dateOptional'
            ? t(M.optionalDateHint)
            : f.type === 'urlOptional'
              ? t(M.optional)
              : undefined
      }
      error={errors[f.name]}
    >
      {(p) => {
        const value = draft[f.name];
        const set = (next: string | boolean) => setDraft({ ...draft, [f.name]: next });
        if (f.type === 'bool')
          return (
            <select
              {...p}
              value={value ? 'yes' : 'no'}
              onChange={(e) => set(e.target.value === 'yes')}
            >
              <option value="yes">{t(M.yes)}</option>
              <option value="no">{t(M.no)}</option>
            </select>
          );
        if (f.type === 'choice' || f.type === 'campaign') {
          const options =
            f.type === 'campaign'
              ? campaigns.map((c) => ({ value: c.id, label: c.title }))
              : (f.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }));
          return (
            <select {...p} value={String(value)} onChange={(e) => set(e.target.value)}>
              {f.type === 'campaign' ? <option value="">{t(M.chooseOne)}</option> : null}
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        }
        if (f.type === 'textarea')
          return (
            <textarea {...p} rows={3} value={String(value)} onChange={(e) => set(e.target.value)} />
          );
        const isDate = f.type === 'date' || f.type === 'dateOptional';
        const isUrl = f.type === 'url' || f.type === 'urlOptional';
        return (
          <input
            {...p}
            type={isUrl ? 'url' : 'text'}
            inputMode={isDate || f.type === 'count' ? 'numeric' : isUrl ? 'url' : undefined}
            placeholder={isDate ? 'dd/MM/yyyy' : isUrl ? 'https://' : undefined}
            autoComplete="off"
            value={String(value)}
            onChange={(e) => set(e.target.value)}
          />
        );
      }}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {conflict ? (
        <section className="conflict" role="alert" aria-labelledby="record-conflict-title">
          <h3 id="record-conflict-title">{t('conflictTitle')}</h3>
          <p className="small">{recordSummary(kind, conflict, lang)}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setConflict(null);
                setVersion(conflict.version);
                void send(conflict.version);
              }}
            >
              {t('conflictApply')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setConflict(null);
                setVersion(conflict.version);
                setDraft(draftOf(kind, conflict));
              }}
            >
              {t('conflictUseTheirs')}
            </button>
          </div>
        </section>
      ) : null}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {fields.map(control)}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
