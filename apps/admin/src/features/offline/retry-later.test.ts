// The queue's own retries (online, but the server could not be reached): later each time,
// never two timers at once, none once a run settles.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelayMs, retryLater } from './retry-later';

describe('retryDelayMs', () => {
  it('doubles from 15 s and stays at 5 min', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(retryDelayMs)).toEqual([
      15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ]);
  });
});

describe('retryLater', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs again after the delay for the number of failed runs in a row', () => {
    const run = vi.fn();
    const retry = retryLater(run);
    retry.failed();
    vi.advanceTimersByTime(14_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    retry.failed();
    vi.advanceTimersByTime(15_000);
    expect(run).toHaveBeenCalledTimes(1); // the second wait is 30 s
    vi.advanceTimersByTime(15_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps one timer when runs fail close together, and none once a run settles', () => {
    const run = vi.fn();
    const retry = retryLater(run, () => 1_000);
    retry.failed();
    retry.failed();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    retry.failed();
    retry.settled();
    vi.advanceTimersByTime(60_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts again from the first delay after a run settles', () => {
    const delays: number[] = [];
    const retry = retryLater(vi.fn(), (n) => {
      delays.push(n);
      return 10;
    });
    retry.failed();
    retry.failed();
    retry.settled();
    retry.failed();
    expect(delays).toEqual([1, 2, 1]);
    retry.settled();
  });
});
