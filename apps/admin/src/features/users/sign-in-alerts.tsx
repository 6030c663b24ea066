// Accounts someone is trying to break into (decision 8), above the users list: the API
// slows the attacker down and the user can still sign in, but an administrator should know
// the same day, tell the user and look at the addresses.
import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';

export function SignInAlerts() {
  const { t } = useLang();
  // Not suspense: the users list must show even if this query fails.
  const { data: alerts } = useQuery(trpc.users.signInAlerts.queryOptions());
  if (!alerts || alerts.length === 0) return null;
  return (
    <section className="alert" aria-labelledby="sign-in-alerts-title">
      <h2 id="sign-in-alerts-title">
        {t({
          vi: 'Tài khoản đang bị dò mật khẩu (24 giờ qua)',
          en: 'Accounts under sign-in attack (last 24 hours)',
        })}
      </h2>
      <p>
        {t({
          vi: 'Có người đang thử nhiều mật khẩu sai. Hệ thống làm chậm họ và người dùng vẫn đăng nhập được; hãy báo cho người dùng và đổi mật khẩu nếu cần.',
          en: 'Someone is trying many wrong passwords. They are being slowed down and the user can still sign in; tell the user, and change the password if needed.',
        })}
      </p>
      <ul>
        {alerts.map((a) => (
          <li key={a.userId}>
            <strong>{a.name}</strong> ({a.email}, {a.unitName}):{' '}
            {t({
              vi: `ít nhất ${a.failures} lần đăng nhập sai từ ${a.addresses} địa chỉ, gần nhất lúc ${formatInstant(a.lastAt)}`,
              en: `at least ${a.failures} failed sign-ins from ${a.addresses} addresses, latest at ${formatInstant(a.lastAt)}`,
            })}
            {a.sampleAddresses.length > 0
              ? ` (${t({ vi: 'ví dụ', en: 'e.g.' })} ${a.sampleAddresses.join(', ')})`
              : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
