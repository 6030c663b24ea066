// The Graph API over plain fetch, at the version pinned in config (LANTOA_FACEBOOK_GRAPH_
// VERSION). The token travels in the Authorization header, never in a URL we build or log;
// paging.next links (which carry it as a parameter) are followed only on Graph's own
// origin, with that parameter removed. Every answer becomes a GraphResult; nothing throws.
import type {
  GraphApi,
  GraphFailure,
  GraphFailureKind,
  GraphPage,
  GraphResult,
  PostActivity,
} from './graph-api.js';

export interface GraphAdapterOptions {
  /** https://graph.facebook.com, or a test origin. */
  graphUrl: string;
  version: string;
  timeoutMs?: number;
  /** Stops a runaway cursor chain: 50 × 100 posts is far beyond any window. */
  maxPages?: number;
}

const PAGE_FIELDS = 'id,name,category,verification_status,followers_count,fan_count,link';
const CODE_KINDS: [GraphFailureKind, readonly number[]][] = [
  ['token_invalid', [190, 102, 10, 2500]],
  ['rate_limited', [4, 17, 32, 613, 80001, 80002, 80004, 80005, 80006, 80008, 80014]],
  ['page_unavailable', [100, 803, 21]],
  ['unavailable', [1, 2]],
];

function kindOfCode(code: number): GraphFailureKind {
  for (const [kind, codes] of CODE_KINDS) if (codes.includes(code)) return kind;
  // 200–299 are permission errors: the token cannot do this any more.
  return code >= 200 && code <= 299 ? 'token_invalid' : 'refused';
}

/** Graph's usage headers say how many minutes until calls are allowed again. */
function retryAfterOf(headers: Headers): number | undefined {
  const raw = headers.get('x-business-use-case-usage') ?? headers.get('x-page-usage');
  const minutes = raw ? [...raw.matchAll(/"estimated_time_to_regain_access":\s*(\d+)/g)] : [];
  const longest = Math.max(0, ...minutes.map((m) => Number(m[1])));
  return longest > 0 ? longest * 60_000 : undefined;
}

type GraphBody = { error?: { code?: unknown; message?: unknown } } & Record<string, unknown>;

export class GraphAdapter implements GraphApi {
  private readonly origin: string;

  constructor(private readonly options: GraphAdapterOptions) {
    this.origin = new URL(options.graphUrl).origin;
  }

  pageOfToken(token: string): Promise<GraphResult<GraphPage>> {
    return this.readPage(token, 'me');
  }

  page(token: string, pageId: string): Promise<GraphResult<GraphPage>> {
    return this.readPage(token, encodeURIComponent(pageId));
  }

  async postActivity(
    token: string,
    pageId: string,
    since: Date,
    until: Date,
  ): Promise<GraphResult<PostActivity>> {
    const base = `/${encodeURIComponent(pageId)}/published_posts?fields=created_time`;
    const range = `&since=${Math.floor(since.getTime() / 1000)}&until=${Math.floor(until.getTime() / 1000)}`;
    let next: string | null = this.url(`${base}${range}&limit=100`);
    let count = 0;
    let last: string | null = null;
    for (let page = 0; next && page < (this.options.maxPages ?? 50); page += 1) {
      const answer = await this.get(token, next);
      if (!answer.ok) return answer;
      for (const post of (answer.value.data as { created_time?: unknown }[] | undefined) ?? []) {
        const at = typeof post.created_time === 'string' ? new Date(post.created_time) : null;
        if (!at || Number.isNaN(at.getTime()) || at < since || at > until) continue;
        count += 1;
        if (!last || at.toISOString() > last) last = at.toISOString();
      }
      next = this.nextLink(answer.value.paging);
    }
    if (last) return { ok: true, value: { count, lastPostAt: last } };
    // None in the period: the latest post ever says how long the page has been quiet.
    const latest = await this.get(token, this.url(`${base}&limit=1`));
    if (!latest.ok) return latest;
    const first = (latest.value.data as { created_time?: unknown }[] | undefined)?.[0];
    const at = typeof first?.created_time === 'string' ? new Date(first.created_time) : null;
    const lastPostAt = at && !Number.isNaN(at.getTime()) ? at.toISOString() : null;
    return { ok: true, value: { count, lastPostAt } };
  }

  private async readPage(token: string, node: string): Promise<GraphResult<GraphPage>> {
    const answer = await this.get(token, this.url(`/${node}?fields=${PAGE_FIELDS}`));
    if (!answer.ok) return answer;
    const b = answer.value;
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
    const count = (v: unknown) =>
      typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
    const id = text(b.id);
    const name = text(b.name);
    // A user token's /me has no category: it is not a Page.
    if (!id || !name || b.category === undefined) {
      return {
        ok: false,
        failure: { kind: 'page_unavailable', code: null, message: 'not a Facebook Page' },
      };
    }
    return {
      ok: true,
      value: {
        id,
        name,
        category: text(b.category),
        verificationStatus: text(b.verification_status),
        followerCount: count(b.followers_count) ?? count(b.fan_count),
        link: text(b.link),
      },
    };
  }

  private url(pathAndQuery: string): string {
    return `${this.origin}/${this.options.version}${pathAndQuery}`;
  }

  /** Graph's cursor link, if it points back at Graph; its access_token parameter dropped. */
  private nextLink(paging: unknown): string | null {
    const next = (paging as { next?: unknown } | undefined)?.next;
    if (typeof next !== 'string') return null;
    try {
      const url = new URL(next);
      if (url.origin !== this.origin) return null;
      url.searchParams.delete('access_token');
      return url.href;
    } catch {
      return null;
    }
  }

  private async get(token: string, url: string): Promise<GraphResult<GraphBody>> {
    const redact = (text: string) => text.split(token).join('[token]').slice(0, 300);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const reason = (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network failure';
      return { ok: false, failure: { kind: 'unavailable', code: null, message: reason } };
    }
    const body = (await response.json().catch(() => null)) as GraphBody | null;
    const error = body?.error;
    if (error || !response.ok || !body) {
      const code = typeof error?.code === 'number' ? error.code : null;
      const kind: GraphFailureKind =
        code !== null
          ? kindOfCode(code)
          : response.status === 429
            ? 'rate_limited'
            : response.status >= 500 || response.ok
              ? 'unavailable'
              : 'refused';
      const message = redact(
        typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
      );
      const failure: GraphFailure = { kind, code, message };
      const retryAfterMs = kind === 'rate_limited' ? retryAfterOf(response.headers) : undefined;
      if (retryAfterMs) failure.retryAfterMs = retryAfterMs;
      return { ok: false, failure };
    }
    return { ok: true, value: body };
  }
}
