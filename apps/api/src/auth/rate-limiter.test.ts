import { describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS, SignInLimiter } from './rate-limiter.js';

describe('SignInLimiter', () => {
  it('an attacker failing from many addresses holds the account for minutes, not hours', () => {
    const limiter = new SignInLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit; i += 1) {
      expect(limiter.check('victim@x.vn', `10.0.0.${i}`, t0)).toBeNull();
      limiter.recordFailure('victim@x.vn', `10.0.0.${i}`, t0);
    }
    const wait = limiter.check('victim@x.vn', '192.0.2.1', t0 + 1000);
    expect(wait).not.toBeNull();
    expect(wait as number).toBeLessThanOrEqual(5 * 60);
    expect(
      limiter.check('victim@x.vn', '192.0.2.1', t0 + SIGN_IN_LIMITS.account.ms + 1),
    ).toBeNull();
  });

  it('a success clears the failures of that account at that address', () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 4; i += 1) limiter.recordFailure('a@x.vn', '10.0.0.1', 0);
    limiter.recordSuccess('a@x.vn', '10.0.0.1');
    limiter.recordFailure('a@x.vn', '10.0.0.1', 0);
    expect(limiter.check('a@x.vn', '10.0.0.1', 1)).toBeNull();
  });
});
