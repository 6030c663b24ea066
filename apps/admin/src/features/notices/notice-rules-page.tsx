// A province administrator's đôn đốc rules: due-soon steps, overdue escalation, waiting
// for review; checked by the domain's schema here and on the server (shared form layer,
// decision 30), saved with a version (a concurrent change shows the latest rules beside
// the draft and lets them choose), and reset to the plan's defaults. Only roles the policy grants `notice.manage` reach this page.
import { DEFAULT_NOTICE_RULES, type NoticeRules, ZSaveNoticeRulesInput } from '@lantoa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field } from '../../components/field';
import { ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { ConflictView, check, conflictRows, FormAlert, useSchemaForm } from '../../lib/forms';
import { guarded } from '../../lib/guarded';
import { useLang } from '../../lib/i18n';
import { draftKeyOf, draftOf, type RulesDraft, rulesOf } from './notice-rules-draft';
import { R } from './notice-rules-labels';

type Saved = { rules: NoticeRules; version: number };

export function NoticeRulesPage() {
  const { t } = useLang();
  const rules = useQuery(trpc.notices.rules.queryOptions());
  return (
    <>
      <h1>{t(R.title)}</h1>
      <p className="muted">{t(R.intro)}</p>
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        <ErrorState error={rules.error} />
      ) : (
        <NoticeRulesForm saved={rules.data} />
      )}
      <section className="card stack" aria-labelledby="fixed-rules">
        <h2 id="fixed-rules">{t(R.fixed)}</h2>
        <p>{t(R.returned)}</p>
        <p>{t(R.digest)}</p>
      </section>
    </>
  );
}

/** An error at a path of the sent input (`rules.overdueDays.cadres`) → the box showing it. */
const fieldOf = (path: string) =>
  path.startsWith('rules') ? draftKeyOf(path.replace(/^rules\.?/, '')) : path;

function NoticeRulesForm({ saved }: { saved: Saved }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<'saved' | 'defaults' | null>(null);
  const save = useMutation(trpc.notices.saveRules.mutationOptions());
  const rf = useSchemaForm({
    defaultValues: draftOf(saved.rules),
    version: saved.version,
    check: (draft, version) => {
      setStatus(null);
      return check(ZSaveNoticeRulesInput, { rules: rulesOf(draft), version }, save.mutateAsync);
    },
    fieldOf,
    valuesOf: (current: Saved) => draftOf(current.rules),
    onSaved: (next) => {
      setStatus('saved');
      queryClient.setQueryData(trpc.notices.rules.queryKey(), next);
    },
  });
  const labels: [keyof RulesDraft, string][] = [
    ['dueSoonDays', t(R.dueSoonDays)],
    ['overdueCadres', t(R.cadres)],
    ['overdueReviewers', t(R.alsoReviewers)],
    ['overdueAdmins', t(R.alsoAdmins)],
    ['overdueWindowDays', t(R.window)],
    ['waitingReviewers', t(R.reviewers)],
    ['waitingAdmins', t(R.admins)],
  ];
  const label = Object.fromEntries(labels) as Record<keyof RulesDraft, string>;
  const days = (key: keyof RulesDraft, hint?: string) => (
    <Field name={key} label={label[key]} hint={hint} error={rf.errors[key]}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          autoComplete="off"
          value={rf.values[key]}
          onChange={(e) => rf.update({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form className="card stack" onSubmit={rf.onSubmit} noValidate aria-label={t(R.title)}>
      <FormAlert message={rf.formError} />
      {rf.conflict ? (
        <ConflictView
          rows={conflictRows(labels, draftOf(rf.conflict.rules), rf.values, lang)}
          onApplyMine={() => void rf.applyMine()}
          onUseTheirs={rf.takeTheirs}
        />
      ) : null}
      <fieldset className="stack">
        <legend>{t(R.dueSoon)}</legend>
        {days('dueSoonDays', t(R.dueSoonHint))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t(R.overdue)}</legend>
        <div className="grid-3">
          {days('overdueCadres')}
          {days('overdueReviewers')}
          {days('overdueAdmins')}
        </div>
        {days('overdueWindowDays')}
      </fieldset>
      <fieldset className="stack">
        <legend>{t(R.waiting)}</legend>
        <div className="grid-2">
          {days('waitingReviewers')}
          {days('waitingAdmins')}
        </div>
      </fieldset>
      <div aria-live="polite">
        {status ? (
          <p className="notice">{t(status === 'saved' ? R.saved : R.defaultsFilled)}</p>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={rf.isSubmitting}>
          {t('save')}
        </button>
        <button type="button" className="btn" onClick={resetToDefaults}>
          {t(R.defaults)}
        </button>
      </div>
    </form>
  );

  /** Fills the plan's defaults; saved only when asked. */
  function resetToDefaults() {
    rf.form.reset(draftOf(DEFAULT_NOTICE_RULES), { keepDefaultValues: true });
    rf.setFormError(null);
    setStatus('defaults');
  }
}

/** Only roles the policy gives `notice.manage` (decision 17). */
export const NoticeRulesPageGuarded = guarded('notice.manage', NoticeRulesPage);
