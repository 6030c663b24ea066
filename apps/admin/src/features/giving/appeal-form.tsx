// Create or edit an appeal: unit, code, title, story (plain text; the server strips tags),
// target, dates (dd/MM/yyyy) and the receiving account. Checked with the domain's schema
// here and again on the server; a stale version comes back as a conflict message.
import { ZAppealInput } from '@lantoa/domain';
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

export type AppealRow = RouterOutputs['appeals']['list'][number];
type UnitOption = { id: string; name: string };

export function AppealForm(props: {
  appeal: AppealRow | null;
  units: UnitOption[];
  onClose: (id?: string) => void;
}) {
  const { appeal, units } = props;
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    unitId: appeal?.unitId ?? units[0]?.id ?? '',
    code: appeal?.code ?? '',
    title: appeal?.title ?? '',
    story: appeal?.story ?? '',
    targetAmount: appeal ? String(appeal.targetAmount) : '',
    startsOn: appeal?.startsOn as string | undefined,
    endsOn: appeal?.endsOn as string | undefined,
    bankBin: appeal?.bankBin ?? '',
    accountNumber: appeal?.accountNumber ?? '',
    accountName: appeal?.accountName ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.appeals.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF((c) => ({ ...c, [key]: e.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZAppealInput.safeParse({
      ...f,
      id: appeal?.id ?? null,
      version: appeal?.version ?? null,
      targetAmount: f.targetAmount === '' ? Number.NaN : Number(f.targetAmount),
      startsOn: f.startsOn ?? '',
      endsOn: f.endsOn ?? '',
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      const saved = await save.mutateAsync(parsed.data);
      props.onClose(saved.id);
    } catch (err) {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  const text = (
    key: 'code' | 'title' | 'bankBin' | 'accountNumber' | 'accountName',
    hint?: string,
  ) => (
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
    <Sheet title={t(appeal ? G.editAppeal : G.addAppeal)} onClose={() => props.onClose()}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
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
        {text('title')}
        {text('code', t(G.codeHint))}
        <Field name="story" label={t(G.story)} hint={t(G.storyHint)} error={errors.story}>
          {(p) => <textarea {...p} rows={5} value={f.story} onChange={set('story')} />}
        </Field>
        <Field name="targetAmount" label={t(G.target)} error={errors.targetAmount}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={f.targetAmount}
              onChange={(e) =>
                setF((c) => ({ ...c, targetAmount: e.target.value.replace(/\D/g, '') }))
              }
            />
          )}
        </Field>
        <div className="grid-2">
          {date('startsOn')}
          {date('endsOn')}
        </div>
        <div className="grid-2">
          {text('bankBin')}
          {text('accountNumber')}
        </div>
        {text('accountName')}
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
