// One ambassador: profile (contacts masked for roles that may not see them), appearances,
// consent records, and the data-subject actions: export everything, erase on request.
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { trpc } from '../../lib/api';
import { formatCount, formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { AmbassadorForm } from './ambassador-form';
import { canManage, fieldLabel, STATUS_LABELS } from './ambassador-labels';
import { Appearances } from './appearances';
import { Consents } from './consents';
import { PrivacyActions } from './privacy-actions';

const route = getRouteApi('/_app/ambassadors/$ambassadorId');
const appRoute = getRouteApi('/_app');

export function AmbassadorPage() {
  const { t, lang } = useLang();
  const { ambassadorId } = route.useParams();
  const { user } = appRoute.useRouteContext();
  const { data: a } = useSuspenseQuery(trpc.ambassadors.get.queryOptions({ id: ambassadorId }));
  const [isEditing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayManage = canManage(user.role);
  const term =
    a.termFrom || a.termTo
      ? `${a.termFrom ? formatDate(a.termFrom) : '…'} – ${a.termTo ? formatDate(a.termTo) : '…'}`
      : '—';
  return (
    <>
      <p className="small">
        <Link to="/ambassadors">← {t(M.backToList)}</Link>
      </p>
      <h1>{a.name}</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <section aria-labelledby="profile-title" className="card profile">
        <h2 id="profile-title">{t(M.profile)}</h2>
        <div className="profile-body">
          {a.photoUrl ? <img src={a.photoUrl} alt={a.name} className="profile-photo" /> : null}
          <dl className="kv">
            <dt>{t(M.field)}</dt>
            <dd>{t(fieldLabel(a.field))}</dd>
            <dt>{t(M.ambStatus)}</dt>
            <dd>{a.isErased ? t(M.erased) : t(STATUS_LABELS[a.status])}</dd>
            <dt>{t(M.term)}</dt>
            <dd>{term}</dd>
            <dt>{t(M.contactEmail)}</dt>
            <dd>{a.contactEmail ?? '—'}</dd>
            <dt>{t(M.contactPhone)}</dt>
            <dd>{a.contactPhone ?? '—'}</dd>
            <dt>{t(M.channels)}</dt>
            <dd>
              {a.channels.length === 0 ? '—' : null}
              <ul className="plain">
                {a.channels.map((c) => (
                  <li key={c.url}>
                    <a href={c.url} target="_blank" rel="noreferrer noopener">
                      {c.platform}
                    </a>{' '}
                    — {formatCount(c.followers, lang)} {t(M.followers).toLowerCase()}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t(M.unitsPrograms)}</dt>
            <dd>
              {a.units.length === 0 ? '—' : null}
              <ul className="plain">
                {a.units.map((u) => (
                  <li key={u.id}>
                    <Link to="/units/$unitId" params={{ unitId: u.id }}>
                      {u.name}
                    </Link>
                    {u.program ? ` — ${u.program}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </div>
        {a.isContactMasked ? (
          <p className="masked-note small" role="note">
            {t(M.maskedNote)}
          </p>
        ) : null}
        {mayManage && !a.isErased ? (
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            {t(M.editProfile)}
          </button>
        ) : null}
      </section>
      <Appearances ambassador={a} canAdd={mayManage && !a.isErased} />
      {mayManage ? (
        <Consents ambassador={a} canChange={!a.isErased} />
      ) : (
        <section className="card" aria-labelledby="consents-title">
          <h2 id="consents-title">{t(M.consents)}</h2>
          <p className="muted small">{t(M.consentHidden)}</p>
        </section>
      )}
      {mayManage ? (
        <PrivacyActions
          ambassador={a}
          isAdmin={user.role === 'admin'}
          onErased={() => setNotice(t(M.erasedDone))}
        />
      ) : null}
      {isEditing ? (
        <AmbassadorForm
          ambassador={a}
          onClose={(id) => {
            setEditing(false);
            if (id) setNotice(t(M.ambassadorSaved));
          }}
        />
      ) : null}
    </>
  );
}
