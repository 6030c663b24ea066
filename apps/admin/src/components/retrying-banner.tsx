// While queries wait out a 503 (the database is away for a moment) the screens would show
// only their spinner for up to a minute. This says why, in the user's language, from the
// query cache itself, so every screen has it without handling the state on its own.
import { type QueryCache, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { errorMessage, isServiceUnavailable } from '../lib/errors';
import { useLang } from '../lib/i18n';

/** The 503 a query is retrying after, if any query is. */
function retryingAfter(cache: QueryCache): unknown {
  const query = cache
    .getAll()
    .find(
      (q) => q.state.fetchStatus === 'fetching' && isServiceUnavailable(q.state.fetchFailureReason),
    );
  return query?.state.fetchFailureReason;
}

/** The server's messages carry no final stop; another sentence follows here. */
const asSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

export function RetryingBanner() {
  const cache = useQueryClient().getQueryCache();
  const { t, lang } = useLang();
  const reason = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => retryingAfter(cache),
  );
  return (
    <div role="status" aria-live="polite" className={reason ? 'retrying-banner' : undefined}>
      {reason ? (
        <>
          <span className="spinner" aria-hidden="true" /> {asSentence(errorMessage(reason, lang))}{' '}
          {t('retryingAutomatically')}
        </>
      ) : null}
    </div>
  );
}
