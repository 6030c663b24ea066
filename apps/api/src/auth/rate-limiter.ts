// Sign-in throttling, in memory (per API process). Three windows:
// - per (account, address): 5 failures in 15 minutes. Stops guessing from one place.
// - per address: 30 attempts in 15 minutes. Stops spraying many accounts from one place.
// - per account: 20 failures in 5 minutes, from anywhere. Slows a distributed attack,
//   and because it is short, an attacker can hold a real user out for minutes, not hours;
//   the user's own address keeps its separate, per-pair budget.
// Successful sign-ins clear the pair's failures.

interface Window {
  limit: number;
  ms: number;
}

export const SIGN_IN_LIMITS = {
  pair: { limit: 5, ms: 15 * 60_000 },
  address: { limit: 30, ms: 15 * 60_000 },
  account: { limit: 20, ms: 5 * 60_000 },
} satisfies Record<string, Window>;

export class SlidingWindowCounter {
  private readonly hits = new Map<string, number[]>();

  count(key: string, window: Window, now: number): number {
    const list = (this.hits.get(key) ?? []).filter((t) => now - t < window.ms);
    if (list.length === 0) this.hits.delete(key);
    else this.hits.set(key, list);
    return list.length;
  }

  add(key: string, now: number): void {
    const list = this.hits.get(key) ?? [];
    list.push(now);
    this.hits.set(key, list);
  }

  clear(key: string): void {
    this.hits.delete(key);
  }

  /** Seconds until the oldest hit in the window expires: the Retry-After value. */
  retryAfter(key: string, window: Window, now: number): number {
    const oldest = this.hits.get(key)?.[0] ?? now;
    return Math.max(1, Math.ceil((oldest + window.ms - now) / 1000));
  }
}

export class SignInLimiter {
  private readonly failures = new SlidingWindowCounter();
  private readonly attempts = new SlidingWindowCounter();

  /** Returns seconds to wait if this attempt must be refused, else null. */
  check(email: string, address: string, now = Date.now()): number | null {
    const pair = `${email}|${address}`;
    if (this.failures.count(pair, SIGN_IN_LIMITS.pair, now) >= SIGN_IN_LIMITS.pair.limit) {
      return this.failures.retryAfter(pair, SIGN_IN_LIMITS.pair, now);
    }
    if (this.attempts.count(address, SIGN_IN_LIMITS.address, now) >= SIGN_IN_LIMITS.address.limit) {
      return this.attempts.retryAfter(address, SIGN_IN_LIMITS.address, now);
    }
    if (this.failures.count(email, SIGN_IN_LIMITS.account, now) >= SIGN_IN_LIMITS.account.limit) {
      return this.failures.retryAfter(email, SIGN_IN_LIMITS.account, now);
    }
    this.attempts.add(address, now);
    return null;
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    this.failures.add(`${email}|${address}`, now);
    this.failures.add(email, now);
  }

  recordSuccess(email: string, address: string): void {
    this.failures.clear(`${email}|${address}`);
  }
}
