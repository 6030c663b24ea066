// Sign-in: the only screen a stranger sees. Errors come back in the chosen language.
// Checked here with the domain's zod/mini twin of ZSignInInput, loaded when the form is first
// touched: this is the first route a phone loads, and even zod's core is about 13 KB on the
// wire. The server checks with the full schema.
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Field } from '../components/field';
import { LangSwitch } from '../components/lang-switch';
import { meQuery, type SessionUser, safeRedirect, signIn } from '../lib/auth';
import { errorMessage } from '../lib/error-codes';
import type { FieldErrors } from '../lib/errors';
import { useLang } from '../lib/i18n';

const route = getRouteApi('/sign-in');
const loadCheck = () => import('./sign-in-check');

export function SignInPage() {
  const { t, lang } = useLang();
  const search = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let check: Awaited<ReturnType<typeof loadCheck>>;
    try {
      check = await loadCheck();
    } catch (err) {
      setError(errorMessage(err, lang)); // offline before the check ever loaded
      return;
    }
    const { ZSignInForm, serverFieldErrors, zodFieldErrors } = check;
    const parsed = ZSignInForm.safeParse({
      email: form.get('email'),
      password: form.get('password'),
    });
    setError(null);
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error.issues, lang));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const user: SessionUser = await signIn(parsed.data);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, user);
      await router.navigate({ href: safeRedirect(search.redirect), replace: true });
    } catch (err) {
      setFieldErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
      setBusy(false);
    }
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
        <h1>{t('signInTitle')}</h1>
        <p className="muted">{t('signInLead')}</p>
        {search.expired ? (
          <p className="notice" role="status">
            {t('sessionExpired')}
          </p>
        ) : null}
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <form onSubmit={onSubmit} onFocus={() => void loadCheck()} noValidate className="stack">
          <Field name="email" label={t('email')} error={fieldErrors.email}>
            {(props) => <input {...props} type="email" autoComplete="username" required />}
          </Field>
          <Field name="password" label={t('password')} error={fieldErrors.password}>
            {(props) => (
              <input {...props} type="password" autoComplete="current-password" required />
            )}
          </Field>
          <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
            {t('signIn')}
          </button>
        </form>
        <p>
          <Link to="/forgot-password">
            {t({ vi: 'Quên mật khẩu?', en: 'Forgot your password?' })}
          </Link>
        </p>
      </div>
    </main>
  );
}
