// When the queue could not reach the server although the phone says it is online (a weak
// link that drops answers, a server briefly unavailable), no 'online' event will come to
// wake it: it tries again by itself, less often each time it fails.

/** 15 s after the first run in a row that could not reach the server, then 30 s, 1 min,
 *  2 min, and every 5 min after that. */
export function retryDelayMs(failedRuns: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, failedRuns - 1), 300_000);
}

export interface RetryLater {
  /** A run could not reach the server: run again after the next delay. */
  failed(): void;
  /** A run found nothing that could not be sent, or the phone went offline: no timer. */
  settled(): void;
}

export function retryLater(run: () => void, delayOf = retryDelayMs): RetryLater {
  let failedRuns = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    failed() {
      failedRuns += 1;
      clear();
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, delayOf(failedRuns));
    },
    settled() {
      failedRuns = 0;
      clear();
    },
  };
}
