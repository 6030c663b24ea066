// The cadre's view of the offline state, under the header: a notice while offline, and the
// changes still waiting, each with what became of it and what can be done (send again,
// apply on top of the newer version, discard). Polite live region: it never interrupts.
import { useEffect, useState } from 'react';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { offlineDb } from './offline-db';
import { O } from './offline-messages';
import { notifyQueueChanged, onQueueChanged, syncNow } from './offline-sync';
import { photosOf, type QueuedChange } from './queue-types';
import { applyOnCurrent, discardChange, retryChange } from './sync-queue';
import { useQueue } from './use-queue';

function useOnline() {
  const [isOnline, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}

/** How many changes the last sync run delivered, until the next change is queued. */
function useLastSent(): number {
  const [sent, setSent] = useState(0);
  useEffect(() => onQueueChanged((count) => setSent(count)), []);
  return sent;
}

const titleOf = (item: QueuedChange) =>
  item.kind === 'report.save' ? `${item.input.indicator} · ${item.input.periodKey}` : item.label;

/** What became of a change, in words: a deletion says so, so does a conflict's kind. */
function stateOf(item: QueuedChange): keyof typeof O | null {
  if (item.status === 'conflict')
    return item.kind === 'report.save'
      ? 'queueConflict'
      : item.kind === 'record.delete'
        ? 'deleteConflict'
        : 'recordConflict';
  if (item.status === 'failed') return null;
  return item.kind === 'record.delete' ? 'pendingDelete' : 'pending';
}

export function OfflineBar() {
  const { t } = useLang();
  const isOnline = useOnline();
  const items = useQueue();
  const sent = useLastSent();
  if (isOnline && items.length === 0 && sent === 0) return null;

  async function act(change: (db: Awaited<ReturnType<typeof offlineDb>>) => Promise<void>) {
    await change(await offlineDb());
    notifyQueueChanged();
    if (navigator.onLine) await syncNow();
  }

  return (
    <section className="offline-bar" aria-live="polite" aria-label={t(O.queueTitle)}>
      {isOnline ? null : <p className="notice">{t(O.offline)}</p>}
      {sent > 0 ? (
        <p className="notice" role="status">
          {t(O.sent)}: {sent} {t(O.sentChanges)}
        </p>
      ) : null}
      {items.length > 0 ? (
        <details open>
          <summary>
            {t(O.queueTitle)}: {items.length}
          </summary>
          <ul className="offline-queue">
            {items.map((item) => {
              const files = photosOf(item).length;
              const state = stateOf(item);
              const isDelete = item.kind === 'record.delete';
              return (
                <li key={item.seq} className="offline-item">
                  <p>
                    <strong>{titleOf(item)}</strong>{' '}
                    <span className="muted small">
                      {formatInstant(new Date(item.createdAt).toISOString())}
                      {files > 0
                        ? ` · ${files} ${t(item.kind === 'report.save' ? O.queuePhotos : O.queueFiles)}`
                        : ''}
                    </span>
                  </p>
                  <p className="small">
                    {state === null
                      ? `${t(O.queueFailed)}: ${item.error}`
                      : `${t(O[state])}${item.status === 'waiting' && item.error ? ` — ${item.error}` : ''}`}
                  </p>
                  <div className="actions">
                    {item.status === 'conflict' ? (
                      <button
                        type="button"
                        className="btn btn-primary"
                        onClick={() => act((db) => applyOnCurrent(db, item.seq as number))}
                      >
                        {isDelete ? t(O.deleteAnyway) : t('conflictApply')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="btn"
                        disabled={!isOnline}
                        onClick={() => act((db) => retryChange(db, item.seq as number))}
                      >
                        {t(item.status === 'waiting' ? O.sendNow : O.retry)}
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn btn-quiet"
                      onClick={() => act((db) => discardChange(db, item.seq as number))}
                    >
                      {isDelete ? t(O.keepRecord) : t(O.discard)}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
