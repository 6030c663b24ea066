// Setting a password from an emailed link (reset or invitation). An expired or used link
// says so and offers a new one.
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { LangSwitch } from '../../components/lang-switch';
import { resetPassword } from '../../lib/auth';
import { errorMessage, type FieldErrors, serverFieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t, lang } = useLang();
  const { token = '', invite } = route.useSearch();
  const [state, setState] = useState<'form' | 'done'>('form');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [isBusy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setBusy(true);
    setError(null);
    try {
      await resetPassword({ token, password });
      setState('done');
    } catch (err) {
      setFieldErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  }
  const title = invite
    ? t({ vi: 'Đặt mật khẩu cho tài khoản mới', en: 'Set the password of your new account' })
    : t({ vi: 'Đặt lại mật khẩu', en: 'Reset your password' });
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand">{t('appName')}</p>
          <LangSwitch />
        </div>
        <h1>{title}</h1>
        <div aria-live="polite">
          {state === 'done' ? (
            <p className="notice" role="status">
              {t({
                vi: 'Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc.',
                en: 'Your new password is set. Every earlier session has ended.',
              })}
            </p>
          ) : null}
          {error ? (
            <p className="alert" role="alert">
              {error}{' '}
              <Link to="/forgot-password">
                {t({ vi: 'Yêu cầu liên kết mới', en: 'Ask for a new link' })}
              </Link>
            </p>
          ) : null}
        </div>
        {state === 'done' ? (
          <Link to="/sign-in" search={{}} className="btn btn-primary btn-block">
            {t('signIn')}
          </Link>
        ) : (
          <form onSubmit={onSubmit} className="stack" noValidate>
            <Field
              name="password"
              label={t({ vi: 'Mật khẩu mới', en: 'New password' })}
              hint={t({ vi: 'Ít nhất 8 ký tự.', en: 'At least 8 characters.' })}
              error={fieldErrors.password}
            >
              {(props) => <input {...props} type="password" autoComplete="new-password" required />}
            </Field>
            <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
              {t({ vi: 'Lưu mật khẩu', en: 'Save the password' })}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
