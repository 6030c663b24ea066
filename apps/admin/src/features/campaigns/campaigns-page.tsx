// Campaigns and contests (CT-06): everyone reads the list; the province board
// (administrators, reviewers) adds and edits the province's, Central its own (decision 20).
// The list comes from the server a page at a time ("Tải thêm": decision 33).
import {
  campaignSaveAction,
  can,
  newCampaignOwner,
  UNIT_KIND_LABELS,
  type UnitKind,
} from '@lantoa/domain';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { LoadMore } from '../../components/load-more';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Campaign } from '../../lib/types';
import { ExportLinks } from '../exports/export-links';
import { CampaignForm } from './campaign-form';
import { CAMPAIGN_KIND_LABELS, ORGANISER_LABELS } from './campaign-labels';
import { campaignPages } from './campaign-pages';

const appRoute = getRouteApi('/_app');

export function CampaignsPage() {
  const { t } = useLang();
  const { user } = appRoute.useRouteContext();
  const pages = useSuspenseInfiniteQuery(campaignPages(trpc));
  const campaigns = pages.data.pages.flatMap((p) => p.items);
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canAdd = newCampaignOwner(user.role) !== null;
  const canEdit = (c: Campaign) =>
    can({ role: user.role, action: campaignSaveAction(c.province_id ?? null) });
  return (
    <>
      <h1>{t('navCampaigns')}</h1>
      <p className="muted">{t(M.campaignsLead)}</p>
      <ExportLinks kind="campaigns" what={{ vi: 'chiến dịch và tham gia', en: 'campaigns' }} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {canAdd ? (
        <p>
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            + {t(M.addCampaign)}
          </button>
        </p>
      ) : null}
      {campaigns.length === 0 ? (
        <Empty />
      ) : (
        <ul className="card-list">
          {campaigns.map((c) => (
            <li key={c.id} className="card">
              <h2 className="h3">{c.title}</h2>
              <dl className="kv">
                <dt>{t(M.campaignKind)}</dt>
                <dd>{t(CAMPAIGN_KIND_LABELS[c.kind])}</dd>
                <dt>{t(M.organiser)}</dt>
                <dd>{t(ORGANISER_LABELS[c.organiser])}</dd>
                <dt>{t(M.dates)}</dt>
                <dd>
                  {formatDate(c.starts_on)} – {formatDate(c.ends_on)}
                </dd>
                <dt>{t(M.targetKinds)}</dt>
                <dd>
                  {(c.target_kinds as UnitKind[]).map((k) => t(UNIT_KIND_LABELS[k])).join('; ')}
                </dd>
              </dl>
              {canEdit(c) ? (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    setNotice(null);
                    setEditing(c);
                  }}
                >
                  {t(M.edit)} <span className="visually-hidden">{c.title}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        shown={campaigns.length}
        hasMore={pages.hasNextPage}
        isLoading={pages.isFetchingNextPage}
        onLoadMore={() => pages.fetchNextPage()}
        what={M.campaignsWhat}
      />
      {editing ? (
        <CampaignForm
          campaign={editing === 'new' ? null : editing}
          isCentral={newCampaignOwner(user.role) === 'central'}
          onClose={(message) => {
            setEditing(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}
