// A signed-in user's own password: the current one is required; other sessions end. Checked
// with the domain's schema (the one the server uses) on the shared form layer (decision 30).
import { ZChangePasswordInput } from '@lantoa/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { TextField } from '../../components/text-field';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';

const EMPTY = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const { t } = useLang();
  const [revoked, setRevoked] = useState<number | null>(null);
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const pf = useSchemaForm({
    defaultValues: EMPTY,
    check: (v) => {
      setRevoked(null);
      return check(ZChangePasswordInput, v, change.mutateAsync);
    },
    onSaved: (result) => {
      // Passwords do not linger in the form once they have done their work.
      pf.form.reset(EMPTY);
      setRevoked(result.revokedSessions);
    },
  });
  const { values: v, errors, update } = pf;
  return (
    <section className="card stack" aria-labelledby="password-title">
      <h2 id="password-title">{t({ vi: 'Đổi mật khẩu', en: 'Change password' })}</h2>
      <form className="stack" onSubmit={pf.onSubmit} noValidate>
        <TextField
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
          label={t({ vi: 'Mật khẩu hiện tại', en: 'Current password' })}
          value={v.currentPassword}
          error={errors.currentPassword}
          onChange={(currentPassword) => update({ currentPassword })}
        />
        <TextField
          name="newPassword"
          type="password"
          required
          autoComplete="new-password"
          label={t({ vi: 'Mật khẩu mới', en: 'New password' })}
          hint={t({ vi: 'Ít nhất 8 ký tự.', en: 'At least 8 characters.' })}
          value={v.newPassword}
          error={errors.newPassword}
          onChange={(newPassword) => update({ newPassword })}
        />
        <div aria-live="polite">
          <FormAlert message={pf.formError} />
          {revoked !== null ? (
            <p className="notice">
              {t({
                vi: `Đã đổi mật khẩu. ${revoked} phiên khác đã được đăng xuất.`,
                en: `Password changed. ${revoked} other sessions were signed out.`,
              })}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary" disabled={pf.isSubmitting}>
          {t({ vi: 'Đổi mật khẩu', en: 'Change password' })}
        </button>
      </form>
    </section>
  );
}
