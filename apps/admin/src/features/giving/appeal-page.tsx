// One appeal for staff: what the public sees (progress, embed code), then reconciliation —
// pledges with receipts by hand, a bank statement matched before anything applies — and
// the disbursements. Each control shows only when the policy grants its action.
import { can } from '@lantoa/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { NotFound } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { AppealForm } from './appeal-form';
import { DisbursementsSection } from './disbursements-section';
import { G, money } from './giving-words';
import { PledgesSection } from './pledges-section';
import { StatementImport } from './statement-import';

const appRoute = getRouteApi('/_app');
const route = getRouteApi('/_app/appeals/$appealId');

export function AppealPage() {
  const { t, lang } = useLang();
  const { user } = appRoute.useRouteContext();
  const { appealId } = route.useParams();
  const { data: appeals } = useSuspenseQuery(trpc.appeals.list.queryOptions());
  const [isEditing, setEditing] = useState(false);
  const appeal = appeals.find((a) => a.id === appealId);
  if (!appeal) return <NotFound />;
  const share = Math.min(100, Math.round((appeal.receivedAmount / appeal.targetAmount) * 100));
  return (
    <>
      <p>
        <Link to="/appeals">{t(G.back)}</Link>
      </p>
      <h1>{appeal.title}</h1>
      <section className="card" aria-label={t(G.progress)}>
        <p className="muted">
          {appeal.unitName} · {formatDate(appeal.startsOn)} – {formatDate(appeal.endsOn)}
        </p>
        <p className="story-text">{appeal.story}</p>
        <p>
          <strong>{t(G.progress)}:</strong> {money(appeal.receivedAmount, lang)} /{' '}
          {money(appeal.targetAmount, lang)} ({share}%)
        </p>
        <progress
          className="giving-progress"
          max={appeal.targetAmount}
          value={appeal.receivedAmount}
          aria-label={t(G.progress)}
        />
        <p className="small">
          {t(G.accountName)}: {appeal.accountName} · {t(G.accountNumber)}: {appeal.accountNumber} ·{' '}
          {t(G.bankBin)}: {appeal.bankBin}
        </p>
        <p className="small">
          {t(G.embed)}: <code>{`<lantoa-appeal code="${appeal.code}"></lantoa-appeal>`}</code>
        </p>
        {can({ role: user.role, action: 'appeal.manage' }) ? (
          <div className="actions">
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              {t(G.editAppeal)}
            </button>
          </div>
        ) : null}
      </section>
      <PledgesSection appealId={appeal.id} role={user.role} />
      {can({ role: user.role, action: 'appeal.reconcile' }) ? (
        <StatementImport appealId={appeal.id} />
      ) : null}
      <DisbursementsSection appealId={appeal.id} role={user.role} />
      {isEditing ? (
        <AppealForm appeal={appeal} home={user.unit} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}
