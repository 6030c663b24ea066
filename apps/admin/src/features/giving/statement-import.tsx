// Reconcile from a bank statement (CSV or XLSX): the server matches rows on the memo and
// answers matched / ambiguous / unmatched with a reason; nothing is applied until the
// person confirms. Matched rows start chosen; an ambiguous row is applied only if a person
// picks which pledge it settles. Each receipt carries the version it was shown.
import { type Bilingual, todayInVietnam } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { G, money } from './giving-words';

type Preview = RouterOutputs['appeals']['previewStatement'];

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const OUTCOME: Record<string, Bilingual> = {
  matched: G.matched,
  ambiguous: G.ambiguous,
  unmatched: G.unmatched,
};

export function StatementImport({ appealId }: { appealId: string }) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  /** Statement row number → the pledge it settles. */
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = useMutation(trpc.appeals.previewStatement.mutationOptions());
  const receive = useMutation(
    trpc.appeals.receive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.appeals.pathKey() }),
    }),
  );

  async function onPreview(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setMessage(null);
    try {
      const answer = await read.mutateAsync({
        appealId,
        fileName: file.name,
        contentBase64: await toBase64(file),
      });
      setPreview(answer);
      const picks: Record<number, string> = {};
      for (const row of answer.rows)
        if (row.outcome === 'matched' && row.pledgeId) picks[row.rowNumber] = row.pledgeId;
      setChosen(picks);
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }

  async function onApply() {
    if (!preview) return;
    setError(null);
    const receipts = preview.rows.flatMap((row) => {
      const pledge = row.pledges.find((p) => p.id === chosen[row.rowNumber]);
      if (!pledge) return [];
      const receivedOn = /^\d{4}-\d{2}-\d{2}$/.test(row.date)
        ? row.date
        : todayInVietnam(new Date());
      return [
        {
          pledgeId: pledge.id,
          version: pledge.version,
          amount: row.amount,
          receivedOn,
          statementRow: row.rowNumber,
        },
      ];
    });
    if (receipts.length === 0) return;
    try {
      await receive.mutateAsync({ appealId, receipts });
      setMessage(t(G.applied).replace('{n}', String(receipts.length)));
      setPreview(null);
      setChosen({});
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }

  const count = Object.keys(chosen).length;
  return (
    <section className="card stack" aria-labelledby="statement-title">
      <h2 id="statement-title">{t(G.statement)}</h2>
      <p className="small muted">{t(G.statementHint)}</p>
      <form className="actions" onSubmit={onPreview}>
        <label className="field">
          <span>{t(G.statementFile)}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" className="btn" disabled={!file || read.isPending}>
          {read.isPending ? t(G.loading) : t(G.preview)}
        </button>
      </form>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {preview ? (
        <>
          <p role="status">
            {t(G.matched)}: {preview.counts.matched} · {t(G.ambiguous)}: {preview.counts.ambiguous}{' '}
            · {t(G.unmatched)}: {preview.counts.unmatched}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable) */}
          <section className="table-scroll" aria-label={t(G.statement)} tabIndex={0}>
            <table className="data wide">
              <thead>
                <tr>
                  <th scope="col">{t(G.row)}</th>
                  <th scope="col">{t(G.date)}</th>
                  <th scope="col">{t(G.amount)}</th>
                  <th scope="col">{t(G.description)}</th>
                  <th scope="col">{t(G.outcome)}</th>
                  <th scope="col">{t(G.choose)}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.rowNumber} data-outcome={row.outcome}>
                    <td className="num">{row.rowNumber}</td>
                    <td>
                      {/^\d{4}-\d{2}-\d{2}$/.test(row.date) ? formatDate(row.date) : row.date}
                    </td>
                    <td className="num">{money(row.amount, lang)}</td>
                    <td>{row.description}</td>
                    <td>
                      {t(OUTCOME[row.outcome] ?? G.unmatched)} — {t(row.reason)}
                    </td>
                    <td>
                      {row.pledges.length > 0 ? (
                        <select
                          aria-label={`${t(G.choose)} · ${t(G.row)} ${row.rowNumber}`}
                          value={chosen[row.rowNumber] ?? ''}
                          onChange={(e) =>
                            setChosen((c) => {
                              const next = { ...c };
                              if (e.target.value) next[row.rowNumber] = e.target.value;
                              else delete next[row.rowNumber];
                              return next;
                            })
                          }
                        >
                          <option value="">—</option>
                          {row.pledges.map((p) => (
                            <option key={p.id} value={p.id} disabled={p.isReceived}>
                              {p.reference} · {p.displayName ?? t(G.anonymous)} ·{' '}
                              {money(p.amount, lang)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={count === 0 || receive.isPending}
              onClick={onApply}
            >
              {t(G.apply)} ({count})
            </button>
            <button type="button" className="btn" onClick={() => setPreview(null)}>
              {t(G.cancel)}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
