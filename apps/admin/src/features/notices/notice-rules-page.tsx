// A province administrator's đôn đốc rules: due-soon steps, overdue escalation, waiting
// for review; checked by the domain's schema here and on the server, saved with a
// version (a concurrent change shows the latest rules and lets them choose), and reset
// to the plan's defaults. Only roles the policy grants `notice.manage` reach this page.
import { DEFAULT_NOTICE_RULES, type NoticeRules, ZNoticeRules } from '@lantoa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import {
  errorCode,
  errorData,
  errorMessage,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { guarded } from '../../lib/guarded';
import { useLang } from '../../lib/i18n';
import { draftKeyOf, draftOf, type RulesDraft, rulesOf } from './notice-rules-draft';
import { R } from './notice-rules-labels';

type Errors = Partial<Record<keyof RulesDraft | 'form', string>>;
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
        <NoticeRulesForm saved={rules.data} key={rules.data.version} />
      )}
      <section className="card stack" aria-labelledby="fixed-rules">
        <h2 id="fixed-rules">{t(R.fixed)}</h2>
        <p>{t(R.returned)}</p>
        <p>{t(R.digest)}</p>
      </section>
    </>
  );
}

function NoticeRulesForm({ saved }: { saved: Saved }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(saved.rules));
  const [version, setVersion] = useState(saved.version);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<'saved' | 'defaults' | null>(null);
  const [theirs, setTheirs] = useState<Saved | null>(null);
  const save = useMutation(trpc.notices.saveRules.mutationOptions());

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const parsed = ZNoticeRules.safeParse(rulesOf(draft));
    if (!parsed.success) return setErrors(errorsAt(zodFieldErrors(parsed.error.issues, lang)));
    setErrors({});
    try {
      const next = await save.mutateAsync({ rules: parsed.data, version });
      setTheirs(null);
      setVersion(next.version);
      setStatus('saved');
      queryClient.setQueryData(trpc.notices.rules.queryKey(), next);
    } catch (err) {
      const current = errorData(err).details?.current as Saved | undefined;
      if (errorCode(err) === 'CONFLICT' && current) return setTheirs(current);
      const fields = serverFieldErrors(err, lang);
      setErrors({ ...errorsAt(fields), form: errorMessage(err, lang) });
    }
  }

  const set = (key: keyof RulesDraft) => (value: string) => setDraft({ ...draft, [key]: value });
  const days = (key: keyof RulesDraft, label: string, hint?: string) => (
    <Field name={key} label={label} hint={hint} error={errors[key]}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          autoComplete="off"
          value={draft[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-label={t(R.title)}>
      {errors.form ? (
        <p className="alert" role="alert">
          {errors.form}
        </p>
      ) : null}
      {theirs ? (
        <section className="conflict" role="alert" aria-labelledby="rules-conflict">
          <h3 id="rules-conflict">{t(R.conflictTitle)}</h3>
          <p>
            {t(R.theirs)}: {describe(theirs.rules, t)}
          </p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => adopt(theirs)}>
              {t(R.useTheirs)}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => keepMine(theirs)}>
              {t(R.keepMine)}
            </button>
          </div>
        </section>
      ) : null}
      <fieldset className="stack">
        <legend>{t(R.dueSoon)}</legend>
        {days('dueSoonDays', t(R.dueSoonDays), t(R.dueSoonHint))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t(R.overdue)}</legend>
        <div className="grid-3">
          {days('overdueCadres', t(R.cadres))}
          {days('overdueReviewers', t(R.alsoReviewers))}
          {days('overdueAdmins', t(R.alsoAdmins))}
        </div>
        {days('overdueWindowDays', t(R.window))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t(R.waiting)}</legend>
        <div className="grid-2">
          {days('waitingReviewers', t(R.reviewers))}
          {days('waitingAdmins', t(R.admins))}
        </div>
      </fieldset>
      <div aria-live="polite">
        {status ? (
          <p className="notice">{t(status === 'saved' ? R.saved : R.defaultsFilled)}</p>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('save')}
        </button>
        <button type="button" className="btn" onClick={resetToDefaults}>
          {t(R.defaults)}
        </button>
      </div>
    </form>
  );

  function adopt(latest: Saved) {
    setDraft(draftOf(latest.rules));
    setVersion(latest.version);
    setTheirs(null);
    queryClient.setQueryData(trpc.notices.rules.queryKey(), latest);
  }
  /** Their version becomes the base; the next save writes this draft over it. */
  function keepMine(latest: Saved) {
    setVersion(latest.version);
    setTheirs(null);
  }
  function resetToDefaults() {
    setDraft(draftOf(DEFAULT_NOTICE_RULES));
    setErrors({});
    setStatus('defaults');
  }
}

/** Schema errors (keys are paths of NoticeRules, maybe under `rules.`) put on their input. */
function errorsAt(found: Record<string, string | undefined>): Errors {
  const out: Errors = {};
  for (const [path, message] of Object.entries(found)) {
    const key = draftKeyOf(path.replace(/^rules\.?/, ''));
    if (message) out[key] ??= message;
  }
  return out;
}

function describe(rules: NoticeRules, t: (l: { vi: string; en: string }) => string): string {
  const o = rules.overdueDays;
  const w = rules.reviewWaitingDays;
  return [
    `${t(R.dueSoon)} ${rules.dueSoonDays.join(', ')}`,
    `${t(R.overdue)} ${o.cadres} / ${o.reviewers} / ${o.admins}`,
    `${t(R.waiting)} ${w.reviewers} / ${w.admins}`,
  ].join(' · ');
}

/** Only roles the policy gives `notice.manage` (decision 17). */
export const NoticeRulesPageGuarded = guarded('notice.manage', NoticeRulesPage);
