// The plan's amendments in the order they take effect. One whose date has not come may be
// withdrawn; one in force cannot (a later amendment corrects it).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Empty } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { CHANGE_TYPE_LABELS } from './plan-format';

export function AmendmentList({
  canWithdraw,
  onNotice,
}: {
  canWithdraw: boolean;
  onNotice: (message: string) => void;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.plan.amendments.queryOptions());
  const withdraw = useMutation(
    trpc.plan.withdrawAmendment.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() }),
    }),
  );
  if (data.length === 0) {
    return <Empty>{t({ vi: 'Chưa có văn bản sửa đổi nào.', en: 'No amendment yet.' })}</Empty>;
  }
  return (
    <ol className="card-list">
      {data.map((a) => (
        <li key={a.id}>
          <h3>
            {a.legalBasis.number} · {t({ vi: 'hiệu lực từ', en: 'in force from' })}{' '}
            {formatDate(a.effectiveOn)}
          </h3>
          <p className="muted">
            {a.legalBasis.issuer}, {t({ vi: 'ngày', en: 'dated' })}{' '}
            {formatDate(a.legalBasis.issuedOn)}
            {' · '}
            {a.withdrawnAt
              ? t({ vi: 'Đã rút', en: 'Withdrawn' })
              : a.isInForce
                ? t({ vi: 'Đang có hiệu lực', en: 'In force' })
                : t({ vi: 'Chưa đến ngày hiệu lực', en: 'Not yet in force' })}
          </p>
          <p>{a.summary}</p>
          <ul>
            {a.changes.map((c, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an amendment's changes never reorder
              <li key={n}>
                {t(CHANGE_TYPE_LABELS[c.type])}:{' '}
                {c.type === 'set_deadline'
                  ? c.deadlineId
                  : c.type === 'add_indicator'
                    ? c.indicator.code
                    : c.indicator}
              </li>
            ))}
          </ul>
          {canWithdraw && !a.isInForce && !a.withdrawnAt ? (
            <button
              type="button"
              className="btn btn-danger btn-small"
              disabled={withdraw.isPending}
              onClick={async () => {
                try {
                  await withdraw.mutateAsync({ id: a.id, version: a.version });
                  onNotice(t({ vi: 'Đã rút văn bản sửa đổi.', en: 'Amendment withdrawn.' }));
                } catch (err) {
                  onNotice(errorMessage(err, lang));
                }
              }}
            >
              {t({ vi: 'Rút văn bản', en: 'Withdraw' })} {a.legalBasis.number}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
