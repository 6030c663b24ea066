// Setting a password from an emailed link (reset or invitation). An expired or used link
// says so and offers a new one. Checked with the schema the server uses (shared form layer).
import { ZSetPasswordWithTokenInput } from '@lantoa/domain';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { LangSwitch } from '../../components/lang-switch';
import { TextField } from '../../components/text-field';
import { resetPassword } from '../../lib/auth';
import { check, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useLang();
  const { token = '', invite } = route.useSearch();
  const [state, setState] = useState<'form' | 'done'>('form');
  const rf = useSchemaForm({
    defaultValues: { password: '' },
    check: (v) => check(ZSetPasswordWithTokenInput, { token, password: v.password }, resetPassword),
    onSaved: () => setState('done'),
  });
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
          {rf.formError ? (
            <p className="alert" role="alert">
              {rf.formError}{' '}
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
          <form onSubmit={rf.onSubmit} className="stack" noValidate>
            <TextField
              name="password"
              type="password"
              required
              autoComplete="new-password"
              label={t({ vi: 'Mật khẩu mới', en: 'New password' })}
              hint={t({ vi: 'Ít nhất 8 ký tự.', en: 'At least 8 characters.' })}
              value={rf.values.password}
              error={rf.errors.password}
              onChange={(password) => rf.update({ password })}
            />
            <button type="submit" className="btn btn-primary btn-block" disabled={rf.isSubmitting}>
              {t({ vi: 'Lưu mật khẩu', en: 'Save the password' })}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
