// Sign-in throttling rules (decision 8), and an in-memory counter store for tests and a
// single process; the app keeps the counters in the database so that every replica sees
// the same ones (`shared-sign-in-throttle.ts`, decision 21). Only failures count, and
// they slow attackers down progressively instead of locking anybody out:
// - per (account, address): 3 free failures, then the next attempt waits 1 s, 2 s, 4 s ...
//   up to 15 min after the latest failure. Guessing one account from one place.
// - per address, over all accounts: 10 free failures, then the same doubling. Spraying
//   many accounts from one place; colleagues signing in behind one office address add
//   nothing, since successes are never counted.
// - per account, from anywhere: it never refuses an address that has not failed for this
//   account, so a real user elsewhere always gets in with the right password. Once the
//   account has 10 failures, each address that has failed on it waits 1 s, 2 s ... (up to
//   5 min) more. Reaching 10, 20, 40 ... failures raises an alert for the administrators.
// A counter is forgotten an hour after its latest failure.

export interface Backoff {
  /** Failures allowed before any wait. */
  free: number;
  /** Wait after the first failure beyond the free ones; doubles with each further one. */
  baseSeconds: number;
  maxSeconds: number;
}

export const SIGN_IN_POLICY = {
  pair: { free: 3, baseSeconds: 1, maxSeconds: 15 * 60 },
  address: { free: 10, baseSeconds: 1, maxSeconds: 15 * 60 },
  account: { free: 10, baseSeconds: 1, maxSeconds: 5 * 60 },
  /** First alert at this many failures on one account, then at each doubling. */
  alertAt: 10,
  forgetMs: 60 * 60_000,
  /** Bounds memory under a flood of made-up emails and addresses; least recent go first. */
  maxKeys: 100_000,
} as const;

/** Seconds to wait after `failures` failures (0 while they are within the free ones). */
export function backoffSeconds(failures: number, backoff: Backoff): number {
  if (failures < backoff.free) return 0;
  return Math.min(backoff.maxSeconds, backoff.baseSeconds * 2 ** (failures - backoff.free));
}

export interface Failures {
  failures: number;
  lastAt: number;
}

/** What a sign-in attempt must wait, from its three counters: the one rule both stores use. */
export function waitSecondsFor(
  counters: {
    pair?: Failures | undefined;
    address?: Failures | undefined;
    accountFailures: number;
  },
  now: number,
): number | null {
  const { pair, address, accountFailures } = counters;
  let until = 0;
  if (address) {
    until = address.lastAt + backoffSeconds(address.failures, SIGN_IN_POLICY.address) * 1000;
  }
  if (pair) {
    const seconds = Math.max(
      backoffSeconds(pair.failures, SIGN_IN_POLICY.pair),
      backoffSeconds(accountFailures, SIGN_IN_POLICY.account),
    );
    until = Math.max(until, pair.lastAt + seconds * 1000);
  }
  return until > now ? Math.ceil((until - now) / 1000) : null;
}

/** The failure count at which an account's next alert is raised. */
export const nextAlertAt = (alertedAt: number) =>
  alertedAt === 0 ? SIGN_IN_POLICY.alertAt : alertedAt * 2;

/** The three counters an attempt touches. */
export const throttleKeys = (email: string, address: string) => {
  const account = normalise(email);
  return {
    pair: `pair:${account}|${address}`,
    address: `address:${address}`,
    account: `account:${account}`,
  };
};

/** Where the counters live: memory (one process) or the database (every replica). */
export interface SignInThrottle {
  /** Seconds to wait if this attempt must be refused now, else null. */
  check(email: string, address: string, now?: number): Promise<number | null>;
  /** Counts a wrong password; returns an alert when the account crosses a threshold. */
  recordFailure(email: string, address: string, now?: number): Promise<SignInAlert | null>;
  /** Failures counted on this account now (all addresses). */
  accountFailures(email: string, now?: number): Promise<number>;
  /** The right password from this address: its own failures for the account are forgiven. */
  recordSuccess(email: string, address: string): Promise<void>;
}

interface AccountFailures extends Failures {
  addresses: Set<string>;
  /** Failures at the last alert; 0 before the first. */
  alertedAt: number;
}

/** A map whose entries expire `forgetMs` after their last update, at most `maxKeys` long. */
class ExpiringMap<V extends Failures> {
  private readonly entries = new Map<string, V>();

  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastAt >= SIGN_IN_POLICY.forgetMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Stores the entry as the most recent one (Map order is the eviction order). */
  touch(key: string, entry: V): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > SIGN_IN_POLICY.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

export interface SignInAlert {
  email: string;
  /** Failures on the account since its counter was last forgotten. */
  failures: number;
  /** Failures since the previous alert for this account (all of them at the first). */
  newFailures: number;
  /** Distinct addresses that failed on it. */
  addresses: number;
  /** A few of those addresses, the latest last. */
  sampleAddresses: string[];
}

export const MAX_TRACKED_ADDRESSES = 1000;

function normalise(email: string) {
  return email.trim().toLowerCase();
}

export class SignInLimiter {
  private readonly pairs = new ExpiringMap<Failures>();
  private readonly addresses = new ExpiringMap<Failures>();
  private readonly accounts = new ExpiringMap<AccountFailures>();

  /** Seconds to wait if this attempt must be refused now, else null. */
  check(email: string, address: string, now = Date.now()): number | null {
    const account = normalise(email);
    return waitSecondsFor(
      {
        pair: this.pairs.get(`${account}|${address}`, now),
        address: this.addresses.get(address, now),
        accountFailures: this.accounts.get(account, now)?.failures ?? 0,
      },
      now,
    );
  }

  /** Failures counted on this account now (all addresses). */
  accountFailures(email: string, now = Date.now()): number {
    return this.accounts.get(normalise(email), now)?.failures ?? 0;
  }

  /** Counts a wrong password; returns an alert when the account crosses a threshold. */
  recordFailure(email: string, address: string, now = Date.now()): SignInAlert | null {
    const account = normalise(email);
    this.bump(this.pairs, `${account}|${address}`, now);
    this.bump(this.addresses, address, now);
    const state = this.accounts.get(account, now) ?? {
      failures: 0,
      lastAt: now,
      addresses: new Set<string>(),
      alertedAt: 0,
    };
    state.failures += 1;
    state.lastAt = now;
    state.addresses.delete(address);
    if (state.addresses.size < MAX_TRACKED_ADDRESSES) state.addresses.add(address);
    this.accounts.touch(account, state);
    if (state.failures < nextAlertAt(state.alertedAt)) return null;
    const alert: SignInAlert = {
      email: account,
      failures: state.failures,
      newFailures: state.failures - state.alertedAt,
      addresses: state.addresses.size,
      sampleAddresses: [...state.addresses].slice(-5),
    };
    state.alertedAt = state.failures;
    return alert;
  }

  /** The right password from this address: its own failures for the account are forgiven. */
  recordSuccess(email: string, address: string): void {
    this.pairs.delete(`${normalise(email)}|${address}`);
  }

  /** The same counters behind the asynchronous interface the routes use. */
  asThrottle(): SignInThrottle {
    return {
      check: async (email, address, now) => this.check(email, address, now),
      recordFailure: async (email, address, now) => this.recordFailure(email, address, now),
      accountFailures: async (email, now) => this.accountFailures(email, now),
      recordSuccess: async (email, address) => this.recordSuccess(email, address),
    };
  }

  private bump(map: ExpiringMap<Failures>, key: string, now: number): void {
    const entry = map.get(key, now) ?? { failures: 0, lastAt: now };
    entry.failures += 1;
    entry.lastAt = now;
    map.touch(key, entry);
  }
}
