// A fixed-window counter per key, in memory (per process, like the sign-in limiter,
// decision 8): at most `max` hits per `windowMs`; the answer is the seconds to wait.
export class WindowLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a hit; null when allowed, else the seconds until the window ends. */
  hit(key: string, now: Date): number | null {
    const at = now.getTime();
    const entry = this.hits.get(key);
    if (!entry || at - entry.start >= this.windowMs) {
      if (this.hits.size > 10_000) this.hits.clear();
      this.hits.set(key, { start: at, count: 1 });
      return null;
    }
    entry.count += 1;
    return entry.count > this.max ? Math.ceil((entry.start + this.windowMs - at) / 1000) : null;
  }
}
