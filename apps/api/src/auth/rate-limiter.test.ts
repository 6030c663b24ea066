import { describe, expect, it } from 'vitest';
import { backoffSeconds, SIGN_IN_POLICY, SignInLimiter } from './rate-limiter.js';

const T0 = 1_000_000_000;

/** Fails as fast as the limiter allows: each attempt waits exactly the Retry-After given. */
function failAtFullSpeed(limiter: SignInLimiter, email: string, address: string, n: number) {
  let now = T0;
  const waits: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const wait = limiter.check(email, address, now) ?? 0;
    waits.push(wait);
    now += wait * 1000;
    expect(limiter.check(email, address, now)).toBeNull();
    limiter.recordFailure(email, address, now);
  }
  return { waits, now };
}

describe('SignInLimiter', () => {
  it('slows one address guessing one account down progressively: 0,0,0,1,2,4 ... 900 s', () => {
    const { waits } = failAtFullSpeed(new SignInLimiter(), 'a@x.vn', '10.0.0.1', 16);
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
  });

  it('slows an address spraying many accounts after 10 failures, whatever the account', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 10; i += 1) {
      expect(limiter.check(`spray-${i}@x.vn`, '10.0.0.9', T0)).toBeNull();
      limiter.recordFailure(`spray-${i}@x.vn`, '10.0.0.9', T0);
    }
    expect(limiter.check('someone-new@x.vn', '10.0.0.9', T0)).toBe(1);
    expect(limiter.check('someone-new@x.vn', '10.0.0.10', T0)).toBeNull();
    expect(backoffSeconds(20, SIGN_IN_POLICY.address)).toBe(900);
  });

  it('never refuses an address that has not failed on the account, however many others did', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 500; i += 1)
      limiter.recordFailure('victim@x.vn', `10.1.${i >> 8}.${i}`, T0);
    expect(limiter.check('victim@x.vn', '192.0.2.1', T0)).toBeNull();
    // ... while an address that failed on it waits for the account's count, not only its own.
    expect(limiter.check('victim@x.vn', '10.1.0.1', T0)).toBe(SIGN_IN_POLICY.account.maxSeconds);
  });

  it('counts the account case-insensitively, so changing case buys no guesses', () => {
    const limiter = new SignInLimiter();
    for (const email of ['a@x.vn', 'A@x.vn', ' a@X.VN'])
      limiter.recordFailure(email, '10.0.0.1', T0);
    expect(limiter.check('a@x.VN', '10.0.0.1', T0)).toBe(1);
  });

  it('counts failures only: successes from one address never slow it down', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 1000; i += 1) {
      expect(limiter.check(`colleague-${i % 30}@x.vn`, '203.0.113.7', T0 + i)).toBeNull();
      limiter.recordSuccess(`colleague-${i % 30}@x.vn`, '203.0.113.7');
    }
  });

  it('a success forgives that address its failures on that account', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 5; i += 1) limiter.recordFailure('a@x.vn', '10.0.0.1', T0);
    limiter.recordSuccess('a@x.vn', '10.0.0.1');
    limiter.recordFailure('a@x.vn', '10.0.0.1', T0);
    expect(limiter.check('a@x.vn', '10.0.0.1', T0 + 1)).toBeNull();
  });

  it('forgets a counter an hour after its latest failure', () => {
    const limiter = new SignInLimiter();
    const { now } = failAtFullSpeed(limiter, 'a@x.vn', '10.0.0.1', 8);
    expect(limiter.check('a@x.vn', '10.0.0.1', now)).toBe(32);
    expect(limiter.check('a@x.vn', '10.0.0.1', now + SIGN_IN_POLICY.forgetMs)).toBeNull();
    limiter.recordFailure('a@x.vn', '10.0.0.1', now + SIGN_IN_POLICY.forgetMs);
    expect(limiter.check('a@x.vn', '10.0.0.1', now + SIGN_IN_POLICY.forgetMs)).toBeNull();
  });

  it('alerts at 10 failures on an account, then at 20, 40 ...', () => {
    const limiter = new SignInLimiter();
    const alerts = [];
    for (let i = 0; i < 45; i += 1) {
      const alert = limiter.recordFailure('victim@x.vn', `10.2.0.${i % 12}`, T0 + i);
      if (alert) alerts.push(alert);
    }
    expect(alerts.map((a) => [a.failures, a.newFailures, a.addresses])).toEqual([
      [10, 10, 10],
      [20, 10, 12],
      [40, 20, 12],
    ]);
    expect(alerts[0]?.email).toBe('victim@x.vn');
    expect(alerts[2]?.sampleAddresses).toEqual([
      '10.2.0.11',
      '10.2.0.0',
      '10.2.0.1',
      '10.2.0.2',
      '10.2.0.3',
    ]);
  });
});
