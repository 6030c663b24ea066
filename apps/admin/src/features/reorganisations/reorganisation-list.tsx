// Reorganisations recorded, newest date first; one whose date has not come can be cancelled.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { STATUS_LABELS, STEP_LABELS } from './reorganisation-labels';

export function ReorganisationList({ onNotice }: { onNotice: (message: string) => void }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.reorganisations.list.queryOptions());
  const [error, setError] = useState<string | null>(null);
  const cancel = useMutation(
    trpc.reorganisations.cancel.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.reorganisations.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.units.pathKey() }),
        ]),
    }),
  );
  if (data.length === 0) return <Empty />;
  return (
    <>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="card-list">
        {data.map((r) => (
          <li key={r.id} className="reorganisation">
            <h3>{r.title}</h3>
            <p>
              <strong>{formatDate(r.effectiveOn)}</strong> ·{' '}
              <span className="badge">{t(STATUS_LABELS[r.status])}</span>
              {r.legalBasis.number ? ` · ${r.legalBasis.number}` : ''}
              {r.isSample ? ` · ${t('sample')}` : ''}
            </p>
            <p className="muted small">{r.steps.map((s) => t(STEP_LABELS[s.type])).join(', ')}</p>
            {r.canCancel ? (
              <button
                type="button"
                className="btn btn-small btn-danger"
                disabled={cancel.isPending}
                onClick={async () => {
                  setError(null);
                  try {
                    await cancel.mutateAsync({ id: r.id, version: r.version });
                    onNotice(t({ vi: `Đã hủy đợt "${r.title}".`, en: `Cancelled "${r.title}".` }));
                  } catch (err) {
                    setError(errorMessage(err, lang));
                  }
                }}
              >
                {t({ vi: 'Hủy đợt này', en: 'Cancel it' })}{' '}
                <span className="visually-hidden">{r.title}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
