// Zalo Official Account messages through Zalo's HTTP API (message v3, "cs" text messages
// to a user who follows the OA). Off unless the OA's token is configured. Every answer is
// read into one of four outcomes the delivery worker acts on; nothing here throws.
export type ZaloOutcome =
  | { ok: true }
  /** Try again later: rate limited (429), a network failure, a 5xx. */
  | { ok: false; retry: true; afterMs: number; reason: string }
  /** The token expired or was revoked: retry once an administrator renews it. */
  | { ok: false; retry: true; afterMs: number; reason: string; isTokenExpired: true }
  /** Refused for good (unknown user, not a follower, message too long ...). */
  | { ok: false; retry: false; reason: string };

// Zalo answers HTTP 200 with {error, message}: 0 is success; -216 means the access token
// is invalid or expired; -32 means the OA exceeded its rate limit.
const TOKEN_ERRORS = new Set([-216, -124]);
const RATE_ERRORS = new Set([-32]);
const MINUTE = 60_000;

export class ZaloAdapter {
  constructor(private readonly options: { token: string; apiUrl: string; timeoutMs?: number }) {}

  async sendText(zaloUserId: string, text: string): Promise<ZaloOutcome> {
    let response: Response;
    try {
      response = await fetch(`${this.options.apiUrl}/v3.0/oa/message/cs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: this.options.token },
        body: JSON.stringify({ recipient: { user_id: zaloUserId }, message: { text } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      return { ok: false, retry: true, afterMs: MINUTE, reason: `network: ${String(error)}` };
    }
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'));
      const afterMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : MINUTE;
      return { ok: false, retry: true, afterMs, reason: 'zalo: rate limited (429)' };
    }
    if (response.status >= 500)
      return { ok: false, retry: true, afterMs: MINUTE, reason: `zalo: HTTP ${response.status}` };
    const body = (await response.json().catch(() => null)) as {
      error?: number;
      message?: string;
    } | null;
    const code = body?.error;
    if (response.ok && code === 0) return { ok: true };
    const reason = `zalo: ${code ?? response.status} ${body?.message ?? ''}`.trim();
    if (code !== undefined && TOKEN_ERRORS.has(code))
      return { ok: false, retry: true, afterMs: 30 * MINUTE, reason, isTokenExpired: true };
    if (code !== undefined && RATE_ERRORS.has(code))
      return { ok: false, retry: true, afterMs: MINUTE, reason };
    return { ok: false, retry: false, reason };
  }
}
