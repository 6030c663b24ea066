// "Kết nối Facebook" on a unit's page (decision 29): every reader sees which figures came
// from Facebook and when they were checked; the province's administrators (the policy's
// facebook.connect) connect a page record with its token, renew it, or disconnect.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { useAsOf } from '../../components/as-of-control';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { FB } from './facebook-messages';
import { FacebookPageItem, type FacebookPageRow } from './facebook-page-item';

// The connect form loads when its sheet opens: it brings zod, the domain's schemas and
// TanStack Form, which the unit page (where this section lives) otherwise never needs.
const ConnectForm = lazy(() => import('./connect-form').then((m) => ({ default: m.ConnectForm })));

export function FacebookSection({ unitId, canConnect }: { unitId: string; canConnect: boolean }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const asOf = useAsOf();
  const { data } = useSuspenseQuery(trpc.facebook.ofUnit.queryOptions({ unitId, asOf }));
  const [connecting, setConnecting] = useState<FacebookPageRow | null>(null);
  const [leaving, setLeaving] = useState<FacebookPageRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const disconnect = useMutation(
    trpc.facebook.disconnect.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.facebook.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
  const pages = data.pages as FacebookPageRow[];

  return (
    <section aria-labelledby="facebook-title" className="card">
      <h2 id="facebook-title">{t(FB.title)}</h2>
      <p className="muted small">{t(FB.lead)}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {canConnect && !data.isConfigured ? <p className="conflict small">{t(FB.noKey)}</p> : null}
      {pages.length === 0 ? (
        <p className="muted small">{t(FB.noPages)}</p>
      ) : (
        <ul className="plain facebook-pages">
          {pages.map((page) => (
            <FacebookPageItem key={page.id} page={page}>
              {canConnect && data.isConfigured ? (
                <div className="actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => {
                      setNotice(null);
                      setConnecting(page);
                    }}
                  >
                    {t(page.connection ? FB.renew : FB.connect)}
                    <span className="visually-hidden"> {page.name}</span>
                  </button>
                  {page.connection ? (
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() => {
                        disconnect.reset();
                        setLeaving(page);
                      }}
                    >
                      {t(FB.disconnect)}
                      <span className="visually-hidden"> {page.name}</span>
                    </button>
                  ) : null}
                </div>
              ) : null}
            </FacebookPageItem>
          ))}
        </ul>
      )}
      {connecting ? (
        <Sheet title={`${t(FB.connect)}: ${connecting.name}`} onClose={() => setConnecting(null)}>
          <ConnectForm
            facebookPageId={connecting.id}
            onDone={(message) => {
              setConnecting(null);
              setNotice(message);
            }}
          />
        </Sheet>
      ) : null}
      {leaving?.connection ? (
        <Sheet title={`${t(FB.disconnect)}: ${leaving.name}`} onClose={() => setLeaving(null)}>
          <p>{t(FB.disconnectConfirm)}</p>
          {disconnect.isError ? (
            <p className="alert" role="alert">
              {errorMessage(disconnect.error, lang)}
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary btn-danger"
              disabled={disconnect.isPending}
              onClick={() => {
                const version = leaving.connection?.version ?? 0;
                disconnect.mutate(
                  { facebookPageId: leaving.id, version },
                  {
                    onSuccess: () => {
                      setLeaving(null);
                      setNotice(t(FB.disconnected));
                    },
                  },
                );
              }}
            >
              {t(FB.disconnect)}
            </button>
            <button type="button" className="btn" onClick={() => setLeaving(null)}>
              {t('cancel')}
            </button>
          </div>
        </Sheet>
      ) : null}
    </section>
  );
}
