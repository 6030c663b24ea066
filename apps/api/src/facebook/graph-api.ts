// What Lan Tỏa asks of Facebook, behind an interface: the job and the connect service see
// only typed outcomes, and tests put msw (or a fake) in place of Graph. graph-adapter.ts
// is the real one, over plain fetch.
import type { FacebookCheckOutcome } from '@lantoa/domain';

export interface GraphPage {
  id: string;
  name: string;
  category: string | null;
  /** blue_verified, gray_verified, not_verified ... as Graph says it. */
  verificationStatus: string | null;
  followerCount: number | null;
  link: string | null;
}

export interface PostActivity {
  /** Posts published in the period asked for. */
  count: number;
  /** The latest post's time (ISO), in the period or, when none was, ever; null: no post. */
  lastPostAt: string | null;
}

export type GraphFailureKind = Exclude<FacebookCheckOutcome, 'ok' | 'token_unreadable'>;

export interface GraphFailure {
  /** token_invalid: expired, revoked or lacking permission (code 190, 102, 10, 2xx);
   *  rate_limited: back off (4, 17, 32, 613, 8000x, HTTP 429); page_unavailable: deleted
   *  or unreachable page (100, 803, 21); unavailable: network, timeout, 5xx (1, 2);
   *  refused: anything else. */
  kind: GraphFailureKind;
  code: number | null;
  /** Graph's message, or what went wrong on the way; never the token. */
  message: string;
  /** For rate limits: how long Graph says to wait, when it says. */
  retryAfterMs?: number;
}

export type GraphResult<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };

export interface GraphApi {
  /** The Page a Page access token belongs to (GET /me): how a page is connected. */
  pageOfToken(token: string): Promise<GraphResult<GraphPage>>;
  /** A connected page's name, category, verification and followers. */
  page(token: string, pageId: string): Promise<GraphResult<GraphPage>>;
  /** Posts published between two instants, every page of Graph's answer followed. */
  postActivity(
    token: string,
    pageId: string,
    since: Date,
    until: Date,
  ): Promise<GraphResult<PostActivity>>;
}
