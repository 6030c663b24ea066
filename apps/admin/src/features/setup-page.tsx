// First start of a real deployment: no accounts exist, and the server printed a one-time
// secret. Whoever holds it creates the first administrator here; the secret then dies. The
// form checks the domain's schema, the one POST /auth/setup checks (shared form layer).
import { type Bilingual, ZCreateFirstAdminInput } from '@lantoa/domain';
import { useNavigate } from '@tanstack/react-router';
import { LangSwitch } from '../components/lang-switch';
import { TextField } from '../components/text-field';
import { createFirstAdmin, HttpError } from '../lib/auth';
import { check, FormAlert, useSchemaForm } from '../lib/forms';
import { useLang } from '../lib/i18n';
import '../lib/zod-config';
import { M } from '../lib/screen-messages';

/** A refusal in the page's own words: a wrong secret, or an administrator already made. */
function refusal(error: unknown): unknown {
  const status = error instanceof HttpError ? error.status : 0;
  const words: Bilingual | null =
    status === 403 ? M.setupWrongSecret : status === 404 ? M.setupDone : null;
  return words ? Object.assign(new Error(words.vi), { data: { messages: words } }) : error;
}

async function send(input: Parameters<typeof createFirstAdmin>[0]) {
  try {
    await createFirstAdmin(input);
  } catch (error) {
    throw refusal(error);
  }
}

export function SetupPage() {
  const { t } = useLang();
  const navigate = useNavigate();
  const sf = useSchemaForm({
    defaultValues: { secret: '', name: '', email: '', password: '' },
    check: (v) => check(ZCreateFirstAdminInput, v, send),
    onSaved: () => navigate({ to: '/sign-in' }),
  });
  const { values: v, errors, update } = sf;

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
        <FormAlert message={sf.formError} />
        <form onSubmit={sf.onSubmit} noValidate className="stack">
          <TextField
            name="secret"
            label={t(M.setupSecret)}
            required
            autoComplete="off"
            value={v.secret}
            error={errors.secret}
            onChange={(secret) => update({ secret })}
          />
          <TextField
            name="name"
            label={t(M.setupName)}
            required
            autoComplete="name"
            value={v.name}
            error={errors.name}
            onChange={(name) => update({ name })}
          />
          <TextField
            name="email"
            type="email"
            label={t('email')}
            required
            autoComplete="username"
            value={v.email}
            error={errors.email}
            onChange={(email) => update({ email })}
          />
          <TextField
            name="password"
            type="password"
            label={t('password')}
            required
            autoComplete="new-password"
            value={v.password}
            error={errors.password}
            onChange={(password) => update({ password })}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={sf.isSubmitting}>
            {t(M.setupSubmit)}
          </button>
        </form>
      </div>
    </main>
  );
}
