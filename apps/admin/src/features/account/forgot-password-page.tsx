// "Forgot password": asks for the email and shows the server's answer, which is the same
// whether or not an account has that email.
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { LangSwitch } from '../../components/lang-switch';
import { requestPasswordReset } from '../../lib/auth';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';

export function ForgotPasswordPage() {
  const { t, lang } = useLang();
  const [answer, setAnswer] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '');
    setBusy(true);
    setError(null);
    try {
      setAnswer(await requestPasswordReset(email));
    } catch (err) {
      setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  }
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand">{t('appName')}</p>
          <LangSwitch />
        </div>
        <h1>{t({ vi: 'Quên mật khẩu', en: 'Forgot password' })}</h1>
        <p className="muted">
          {t({
            vi: 'Nhập email tài khoản. Chúng tôi sẽ gửi liên kết đặt lại mật khẩu, hiệu lực 30 phút.',
            en: 'Enter your account email. We will send a link to reset the password, valid for 30 minutes.',
          })}
        </p>
        <div aria-live="polite">
          {answer ? (
            <p className="notice" role="status">
              {answer}
            </p>
          ) : null}
          {error ? (
            <p className="alert" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <form onSubmit={onSubmit} className="stack">
          <Field name="email" label={t('email')}>
            {(props) => <input {...props} type="email" autoComplete="username" required />}
          </Field>
          <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
            {t({ vi: 'Gửi liên kết', en: 'Send the link' })}
          </button>
        </form>
        <p>
          <Link to="/sign-in" search={{}}>
            {t({ vi: 'Quay lại đăng nhập', en: 'Back to sign in' })}
          </Link>
        </p>
      </div>
    </main>
  );
}
