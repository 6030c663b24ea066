// Create a user, or change one's name, role, unit or disabled flag (versioned).
import {
  can,
  ROLE_LABELS,
  ROLES,
  type Role,
  ZCreateUserInput,
  ZUpdateUserInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { UnitPicker } from '../../components/unit-picker';
import { trpc } from '../../lib/api';
import {
  type Checked,
  ConflictView,
  check,
  conflictRows,
  FormAlert,
  useSchemaForm,
} from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { UserRow } from './users-page';

/** The roles an administrator may give: Central's (national) only if the policy grants it. */
export const rolesOffered = (by: Role) =>
  ROLES.filter((r) => r !== 'national' || can({ role: by, action: 'user.grantNational' }));

type Home = { id: string; name: string };

const valuesOf = (user: UserRow | null, home: Home) => ({
  email: user?.email ?? '',
  name: user?.name ?? '',
  role: user?.role ?? 'cadre',
  unitId: user?.unit_id ?? home.id,
  password: '',
  isDisabled: user?.is_disabled ?? false,
});

export function UserForm({
  user,
  home,
  onClose,
  by,
}: {
  user: UserRow | null;
  /** The administrator's own unit: a new account's unit until another is picked. */
  home: Home;
  onClose: () => void;
  /** The signed-in administrator's role. */
  by: Role;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  // Issue 13: by default the new user sets their own password from an emailed link; the
  // administrator choosing it stays available (where no SMTP server is configured).
  const [isInvite, setInvite] = useState(true);
  const [unitName, setUnitName] = useState(user?.unitName ?? home.name);
  const opts = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() }),
  };
  const create = useMutation(trpc.users.create.mutationOptions(opts));
  const update = useMutation(trpc.users.update.mutationOptions(opts));
  const invite = useMutation(trpc.users.invite.mutationOptions(opts));
  const uf = useSchemaForm({
    defaultValues: valuesOf(user, home),
    version: user?.version ?? 0,
    // Three calls answer differently; the form only needs to know it saved.
    check: (f, version): Checked<unknown> => {
      const { email, password, ...common } = f;
      if (user)
        return check(
          ZUpdateUserInput,
          { ...common, id: user.id, version: version ?? 0 },
          update.mutateAsync,
        );
      const { isDisabled: _no, ...created } = common;
      return isInvite
        ? check(
            ZCreateUserInput.omit({ password: true }),
            { ...created, email },
            invite.mutateAsync,
          )
        : check(ZCreateUserInput, { ...created, email, password }, create.mutateAsync);
    },
    valuesOf: (current: UserRow) => valuesOf(current, home),
    onSaved: () => onClose(),
  });
  const { values: f, errors } = uf;
  const set =
    (key: 'email' | 'name' | 'role' | 'unitId' | 'password') =>
    (e: { target: { value: string } }) =>
      uf.update({ [key]: e.target.value });

  return (
    <Sheet
      title={user ? user.name : t({ vi: 'Thêm người dùng', en: 'Add a user' })}
      onClose={onClose}
    >
      <form onSubmit={uf.onSubmit} noValidate className="stack">
        {uf.conflict ? (
          <ConflictView
            rows={conflictRows(
              [
                ['name', t('name')],
                ['role', t('role')],
                ['isDisabled', t('disabled')],
              ],
              valuesOf(uf.conflict, home),
              f,
              lang,
            )}
            onApplyMine={() => void uf.applyMine()}
            onUseTheirs={uf.takeTheirs}
          />
        ) : null}
        <FormAlert message={uf.formError} />
        {user ? null : (
          <Field name="email" label={t('email')} error={errors.email}>
            {(p) => <input {...p} type="email" value={f.email} onChange={set('email')} />}
          </Field>
        )}
        <Field name="name" label={t('name')} error={errors.name}>
          {(p) => <input {...p} value={f.name} onChange={set('name')} />}
        </Field>
        <Field name="role" label={t('role')} error={errors.role}>
          {(p) => (
            <select {...p} value={f.role} onChange={set('role')}>
              {rolesOffered(by).map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_LABELS[r])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          name="unitId"
          label={t('unit')}
          value={f.unitId}
          valueName={unitName}
          error={errors.unitId}
          onChange={(unitId, unit) => {
            setUnitName(unit?.name ?? '');
            uf.update({ unitId });
          }}
        />
        {user ? (
          <label className="choice-option">
            <input
              type="checkbox"
              checked={f.isDisabled}
              onChange={(e) => uf.update({ isDisabled: e.target.checked })}
            />
            {t({
              vi: 'Khóa tài khoản (kết thúc mọi phiên đăng nhập)',
              en: 'Disable (ends every session)',
            })}
          </label>
        ) : (
          <label className="check">
            <input
              type="checkbox"
              checked={isInvite}
              onChange={(e) => setInvite(e.target.checked)}
            />
            {t({
              vi: 'Gửi lời mời qua email để người dùng tự đặt mật khẩu',
              en: 'Email an invitation so the user sets their own password',
            })}
          </label>
        )}
        {user || isInvite ? null : (
          <Field name="password" label={t('password')} error={errors.password}>
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={f.password}
                onChange={set('password')}
              />
            )}
          </Field>
        )}
        <div className="actions">
          <button type="submit" className="btn btn-primary">
            {t('save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
