// First start of a real deployment: no accounts exist, and the server printed a one-time
// secret. Whoever holds it creates the first administrator here; the secret then dies.
import { ZEmail, ZName, ZPassword } from '@lantoa/domain';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { Field } from '../components/field';
import { LangSwitch } from '../components/lang-switch';
import { type FieldErrors, zodFieldErrors } from '../lib/errors';
import { useLang } from '../lib/i18n';
import { CSRF_HEADERS } from '../lib/query-client';
import '../lib/zod-config';
import { M } from '../lib/screen-messages';

const ZSetupForm = z.object({
  secret: z.string().trim().min(1),
  name: ZName,
  email: ZEmail,
  password: ZPassword,
});

export function SetupPage() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZSetupForm.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    setError(null);
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error.issues, lang));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    const res = await fetch('/auth/setup', {
      method: 'POST',
      headers: { ...CSRF_HEADERS, 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(parsed.data),
    });
    setBusy(false);
    if (res.ok) {
      await navigate({ to: '/sign-in' });
      return;
    }
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    setError(
      res.status === 403
        ? t(M.setupWrongSecret)
        : res.status === 404
          ? t(M.setupDone)
          : (body.error?.message ?? res.statusText),
    );
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand">
            <span className="brand-mark" aria-hidden="true">
              +
            </span>{' '}
            {t('appName')}
          </p>
          <LangSwitch />
        </div>
        <h1>{t(M.setupTitle)}</h1>
        <p className="muted">{t(M.setupLead)}</p>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <form onSubmit={onSubmit} noValidate className="stack">
          <Field name="secret" label={t(M.setupSecret)} error={fieldErrors.secret}>
            {(props) => <input {...props} autoComplete="off" required />}
          </Field>
          <Field name="name" label={t(M.setupName)} error={fieldErrors.name}>
            {(props) => <input {...props} autoComplete="name" required />}
          </Field>
          <Field name="email" label={t('email')} error={fieldErrors.email}>
            {(props) => <input {...props} type="email" autoComplete="username" required />}
          </Field>
          <Field name="password" label={t('password')} error={fieldErrors.password}>
            {(props) => <input {...props} type="password" autoComplete="new-password" required />}
          </Field>
          <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
            {t(M.setupSubmit)}
          </button>
        </form>
      </div>
    </main>
  );
}
