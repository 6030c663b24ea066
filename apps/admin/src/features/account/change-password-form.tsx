// A signed-in user's own password: the current one is required; other sessions end.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { trpc } from '../../lib/api';
import { errorMessage, type FieldErrors, serverFieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';

export function ChangePasswordForm() {
  const { t, lang } = useLang();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onError: (err) => setFieldErrors(serverFieldErrors(err, lang)),
      onSuccess: () => setFieldErrors({}),
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    change.mutate(
      {
        currentPassword: String(f.get('currentPassword')),
        newPassword: String(f.get('newPassword')),
      },
      { onSuccess: () => form.reset() },
    );
  }
  return (
    <section className="card stack" aria-labelledby="password-title">
      <h2 id="password-title">{t({ vi: 'Đổi mật khẩu', en: 'Change password' })}</h2>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <Field
          name="currentPassword"
          label={t({ vi: 'Mật khẩu hiện tại', en: 'Current password' })}
          error={fieldErrors.currentPassword}
        >
          {(props) => <input {...props} type="password" autoComplete="current-password" required />}
        </Field>
        <Field
          name="newPassword"
          label={t({ vi: 'Mật khẩu mới', en: 'New password' })}
          hint={t({ vi: 'Ít nhất 8 ký tự.', en: 'At least 8 characters.' })}
          error={fieldErrors.newPassword}
        >
          {(props) => <input {...props} type="password" autoComplete="new-password" required />}
        </Field>
        <div aria-live="polite">
          {change.isError && !Object.keys(fieldErrors).length ? (
            <p className="alert" role="alert">
              {errorMessage(change.error, lang)}
            </p>
          ) : change.isSuccess ? (
            <p className="notice">
              {t({
                vi: `Đã đổi mật khẩu. ${change.data.revokedSessions} phiên khác đã được đăng xuất.`,
                en: `Password changed. ${change.data.revokedSessions} other sessions were signed out.`,
              })}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary" disabled={change.isPending}>
          {t({ vi: 'Đổi mật khẩu', en: 'Change password' })}
        </button>
      </form>
    </section>
  );
}
