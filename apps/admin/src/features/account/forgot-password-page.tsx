// "Forgot password": asks for the email and shows the server's answer, which is the same
// whether or not an account has that email. Checked with the schema the server uses (the
// domain's ZPasswordResetRequestInput) on the shared form layer (decision 30).
import { ZPasswordResetRequestInput } from '@lantoa/domain';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { LangSwitch } from '../../components/lang-switch';
import { TextField } from '../../components/text-field';
import { requestPasswordReset } from '../../lib/auth';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';

export function ForgotPasswordPage() {
  const { t } = useLang();
  const [answer, setAnswer] = useState<string | null>(null);
  const ff = useSchemaForm({
    defaultValues: { email: '' },
    check: (v) => {
      setAnswer(null);
      return check(ZPasswordResetRequestInput, v, requestPasswordReset);
    },
    onSaved: setAnswer,
  });
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
          <FormAlert message={ff.formError} />
        </div>
        <form onSubmit={ff.onSubmit} className="stack" noValidate>
          <TextField
            name="email"
            type="email"
            required
            autoComplete="username"
            label={t('email')}
            value={ff.values.email}
            error={ff.errors.email}
            onChange={(email) => ff.update({ email })}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={ff.isSubmitting}>
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
