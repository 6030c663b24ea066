// An appeal's pledges: who (as they chose to appear), the code, what was pledged and
// received; mark one received by hand; export a giver's data (pledge.seeContacts) or erase
// it (pledge.erase). Contacts reach only roles the policy lets see them.
import { can, type Role } from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { G, money } from './giving-words';
import { PersonalDataActions, useDataExport } from './personal-data-actions';
import { ReceiveForm } from './receive-form';

type Pledge = RouterOutputs['appeals']['pledges'][number];

export function PledgesSection({ appealId, role }: { appealId: string; role: Role }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const { data: pledges } = useSuspenseQuery(trpc.appeals.pledges.queryOptions({ appealId }));
  const [receiving, setReceiving] = useState<Pledge | null>(null);
  const { error, download } = useDataExport();
  const canReconcile = can({ role, action: 'appeal.reconcile' });
  const canExport = can({ role, action: 'pledge.seeContacts' });
  const canErase = can({ role, action: 'pledge.erase' });
  const erase = useMutation(
    trpc.appeals.erasePledge.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );
  const onExport = (p: Pledge) =>
    download(
      () =>
        queryClient.fetchQuery({
          ...trpc.appeals.exportPledgeData.queryOptions({ pledgeId: p.id }),
          staleTime: 0,
        }),
      `ung-ho-${p.reference}.json`,
    );
  const giver = (p: Pledge) =>
    p.isErased ? t(G.erased) : p.isAnonymous ? t(G.anonymous) : (p.displayName ?? '');
  return (
    <section className="card stack" aria-labelledby="pledges-title">
      <h2 id="pledges-title">
        {t(G.pledges)} ({pledges.length})
      </h2>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {pledges.length === 0 ? (
        <p className="state state-empty">{t(G.noPledges)}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable)
        <section className="table-scroll" aria-label={t(G.pledges)} tabIndex={0}>
          <table className="data wide">
            <thead>
              <tr>
                <th scope="col">{t(G.reference)}</th>
                <th scope="col">{t(G.giver)}</th>
                <th scope="col">{t(G.contact)}</th>
                <th scope="col">{t(G.pledged)}</th>
                <th scope="col">{t(G.received)}</th>
                <th scope="col">
                  <span className="visually-hidden">{t(G.personalData)}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pledges.map((p) => (
                <tr key={p.id}>
                  <td>
                    <code>{p.reference}</code>
                  </td>
                  <td>{giver(p)}</td>
                  <td>
                    {[p.contactEmail, p.contactPhone].filter(Boolean).join(' · ') ||
                      (p.hasContacts ? t(G.contactHidden) : '—')}
                  </td>
                  <td className="num">{money(p.amount, lang)}</td>
                  <td>
                    {p.receivedOn ? (
                      `${money(p.receivedAmount, lang)} · ${formatDate(p.receivedOn)}`
                    ) : canReconcile ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setReceiving(p)}
                      >
                        {t(G.markReceived)}
                        <span className="visually-hidden">: {p.reference}</span>
                      </button>
                    ) : (
                      t(G.notYet)
                    )}
                  </td>
                  <td>
                    <PersonalDataActions
                      who={p.reference}
                      onExport={canExport ? () => onExport(p) : undefined}
                      onErase={
                        canErase && !p.isErased
                          ? () => erase.mutateAsync({ pledgeId: p.id })
                          : undefined
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {receiving ? (
        <ReceiveForm appealId={appealId} pledge={receiving} onClose={() => setReceiving(null)} />
      ) : null}
    </section>
  );
}
