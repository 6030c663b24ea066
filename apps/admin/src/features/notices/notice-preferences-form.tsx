// Each user's notice preferences: language, channels, quiet hours (Vietnam time), digest.
// Checked with the schema notices.savePreferences uses, on the shared form layer (decision
// 30); saved over the version read, so a change made meanwhile (another tab) is shown.
import { ZSaveNoticePreferencesInput } from '@lantoa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field } from '../../components/field';
import { ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { P } from './notice-preferences-words';

type Saved = RouterOutputs['notices']['preferences'];
type Values = Omit<Saved, 'version'>;

const valuesOf = ({ version: _, ...values }: Saved): Values => values;

export function NoticePreferencesForm() {
  const { t } = useLang();
  const prefs = useQuery(trpc.notices.preferences.queryOptions());
  return (
    <section className="card stack" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t(P.title)}</h2>
      {prefs.isPending ? (
        <Loading />
      ) : prefs.isError ? (
        <ErrorState error={prefs.error} />
      ) : (
        <PreferencesForm saved={prefs.data} />
      )}
    </section>
  );
}

function PreferencesForm({ saved }: { saved: Saved }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [isSaved, setSaved] = useState(false);
  const save = useMutation(trpc.notices.savePreferences.mutationOptions());
  const pf = useSchemaForm({
    defaultValues: valuesOf(saved),
    version: saved.version,
    check: (v, version) => {
      setSaved(false);
      return check(ZSaveNoticePreferencesInput, { ...v, version }, save.mutateAsync);
    },
    valuesOf,
    onSaved: (data) => {
      queryClient.setQueryData(trpc.notices.preferences.queryKey(), data);
      setSaved(true);
    },
  });
  const { values: v, errors, update } = pf;
  const fields = ['email', 'zalo', 'zaloUserId', 'quietStart', 'quietEnd', 'digest'] as const;
  const labels = [
    ...fields.map((key) => [key, t(P[key])] as const),
    ['lang', t('language')] as const,
  ];
  const box = (key: 'email' | 'zalo' | 'digest') => (
    <label className="check">
      <input
        type="checkbox"
        name={key}
        checked={v[key]}
        onChange={(e) => update({ [key]: e.target.checked })}
      />{' '}
      {t(P[key])}
    </label>
  );
  const clock = (key: 'quietStart' | 'quietEnd') => (
    <Field name={key} label={t(P[key])} error={errors[key]}>
      {(p) => (
        <input
          {...p}
          type="time"
          required
          value={v[key]}
          onChange={(e) => update({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form className="stack" onSubmit={pf.onSubmit} noValidate>
      {pf.conflict ? (
        <ConflictView
          rows={conflictRows(labels, valuesOf(pf.conflict), v, lang)}
          onApplyMine={() => void pf.applyMine()}
          onUseTheirs={pf.takeTheirs}
        />
      ) : null}
      <fieldset>
        <legend>{t(P.channels)}</legend>
        <label className="check">
          <input type="checkbox" checked disabled /> {t(P.inApp)}
        </label>
        {box('email')}
        {box('zalo')}
        <Field name="zaloUserId" label={t(P.zaloUserId)} error={errors.zaloUserId}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              maxLength={64}
              value={v.zaloUserId}
              onChange={(e) => update({ zaloUserId: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t(P.quiet)}</legend>
        <p className="field-hint">{t(P.quietHint)}</p>
        <div className="grid-2">
          {clock('quietStart')}
          {clock('quietEnd')}
        </div>
      </fieldset>
      {box('digest')}
      <Field name="lang" label={t('language')} error={errors.lang}>
        {(p) => (
          <select
            {...p}
            value={v.lang}
            onChange={(e) => update({ lang: e.target.value as Values['lang'] })}
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        )}
      </Field>
      <div aria-live="polite">
        <FormAlert message={pf.formError} />
        {isSaved ? <p className="notice">{t(P.saved)}</p> : null}
      </div>
      <button type="submit" className="btn btn-primary" disabled={pf.isSubmitting}>
        {t('save')}
      </button>
    </form>
  );
}
