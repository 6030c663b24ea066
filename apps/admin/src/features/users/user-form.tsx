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
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import {
  errorCode,
  errorData,
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';
import type { UserRow } from './users-page';

/** The roles an administrator may give: Central's (national) only if the policy grants it. */
export const rolesOffered = (by: Role) =>
  ROLES.filter((r) => r !== 'national' || can({ role: by, action: 'user.grantNational' }));

export function UserForm({
  user,
  units,
  onClose,
  by,
}: {
  user: UserRow | null;
  /** The units of the administrator's province (units.tree answers no other). */
  units: TreeUnit[];
  onClose: () => void;
  /** The signed-in administrator's role. */
  by: Role;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? 'cadre',
    unitId: user?.unit_id ?? units[0]?.id ?? '',
    password: '',
    isDisabled: user?.is_disabled ?? false,
  });
  const [version, setVersion] = useState(user?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const opts = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
  };
  const create = useMutation(trpc.users.create.mutationOptions(opts));
  const update = useMutation(trpc.users.update.mutationOptions(opts));
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [key]: e.target.value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = user
      ? ZUpdateUserInput.safeParse({
          id: user.id,
          version,
          name: f.name,
          role: f.role,
          unitId: f.unitId,
          isDisabled: f.isDisabled,
        })
      : ZCreateUserInput.safeParse({
          email: f.email,
          name: f.name,
          role: f.role,
          unitId: f.unitId,
          password: f.password,
        });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error.issues, lang));
    setErrors({});
    try {
      if (user) await update.mutateAsync(parsed.data as never);
      else await create.mutateAsync(parsed.data as never);
      onClose();
    } catch (err) {
      const current = errorData(err).details?.current as { version?: number } | undefined;
      if (errorCode(err) === 'CONFLICT' && current?.version !== undefined)
        setVersion(current.version);
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  return (
    <Sheet
      title={user ? user.name : t({ vi: 'Thêm người dùng', en: 'Add a user' })}
      onClose={onClose}
    >
      <form onSubmit={onSubmit} noValidate className="stack">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
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
        <Field name="unitId" label={t('unit')} error={errors.unitId}>
          {(p) => (
            <select {...p} value={f.unitId} onChange={set('unitId')}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {user ? (
          <label className="choice-option">
            <input
              type="checkbox"
              checked={f.isDisabled}
              onChange={(e) => setF({ ...f, isDisabled: e.target.checked })}
            />
            {t({
              vi: 'Khóa tài khoản (kết thúc mọi phiên đăng nhập)',
              en: 'Disable (ends every session)',
            })}
          </label>
        ) : (
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
