// msw handlers standing in for the Facebook Graph API (one file per external service):
// GET /me and /{page} (the page's fields), /{page}/published_posts with cursor paging as
// Graph does it (paging.next carries the token as a parameter), and Graph's error shapes.
import { HttpResponse, http } from 'msw';

export const GRAPH_URL = 'https://graph.test';
export const GRAPH_VERSION = 'v23.0';
export const PAGE_TOKEN = 'EAAGpageTokenForHoiCTDRachGia0123456789';
export const PAGE_ID = '104857600123';

export type GraphMode =
  | 'ok'
  | 'expired'
  | 'rate-4'
  | 'rate-17'
  | 'rate-32'
  | 'deleted'
  | 'alias-gone'
  | 'network'
  | 'user-token';

export interface GraphState {
  mode: GraphMode;
  /** Times of the page's posts (ISO), newest first as Graph gives them. */
  posts: string[];
  pageSize: number;
  name: string;
  /** Every request: path and query as sent, and the Authorization header. */
  calls: { url: string; authorization: string | null }[];
}

export const graphState = (fields: Partial<GraphState> = {}): GraphState => ({
  mode: 'ok',
  posts: [],
  pageSize: 100,
  name: 'Hội Chữ thập đỏ phường Rạch Giá',
  calls: [],
  ...fields,
});

const graphError = (code: number, message: string, status = 400) =>
  HttpResponse.json(
    { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbC' } },
    { status },
  );

function failure(state: GraphState) {
  switch (state.mode) {
    case 'expired':
      return graphError(190, 'Error validating access token: Session has expired.', 400);
    case 'rate-4':
      return graphError(4, 'Application request limit reached', 403);
    case 'rate-17':
      return graphError(17, 'User request limit reached', 403);
    case 'rate-32':
      return HttpResponse.json(
        { error: { message: 'Page request limit reached', code: 32 } },
        {
          status: 403,
          headers: {
            'x-business-use-case-usage': `{"${PAGE_ID}":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":42}]}`,
          },
        },
      );
    case 'deleted':
      return graphError(100, `Unsupported get request. Object with ID '${PAGE_ID}' does not exist`);
    case 'alias-gone':
      return graphError(803, 'Some of the aliases you requested do not exist');
    case 'network':
      return HttpResponse.error();
    default:
      return null;
  }
}

const page = (state: GraphState, id: string) => ({
  id,
  name: state.name,
  category: 'Nonprofit organization',
  verification_status: 'not_verified',
  followers_count: 2345,
  fan_count: 2300,
  link: `https://www.facebook.com/${id}`,
});

export const graphHandlers = (state: GraphState) => {
  const base = `${GRAPH_URL}/${GRAPH_VERSION}`;
  const record = (request: Request) => {
    const url = new URL(request.url);
    state.calls.push({
      url: `${url.pathname}${url.search}`,
      authorization: request.headers.get('authorization'),
    });
  };
  const tokenOk = (request: Request) =>
    request.headers.get('authorization') === `Bearer ${PAGE_TOKEN}`;
  return [
    http.get(`${base}/me`, ({ request }) => {
      record(request);
      if (!tokenOk(request)) return graphError(190, 'Invalid OAuth access token.');
      if (state.mode === 'user-token')
        return HttpResponse.json({ id: '555', name: 'Nguyễn Văn A' });
      return failure(state) ?? HttpResponse.json(page(state, PAGE_ID));
    }),
    http.get(`${base}/:pageId/published_posts`, ({ request }) => {
      record(request);
      if (!tokenOk(request)) return graphError(190, 'Invalid OAuth access token.');
      const bad = failure(state);
      if (bad) return bad;
      const url = new URL(request.url);
      const since = Number(url.searchParams.get('since') ?? 0) * 1000;
      const until = Number(url.searchParams.get('until') ?? 4e12 / 1000) * 1000;
      const limit = Number(url.searchParams.get('limit') ?? state.pageSize);
      const matching = state.posts.filter((at) => {
        const t = Date.parse(at);
        return t >= since && t <= until;
      });
      const from = Number(url.searchParams.get('after') ?? 0);
      const size = Math.min(limit, state.pageSize);
      const data = matching.slice(from, from + size).map((at, i) => ({
        id: `${PAGE_ID}_${from + i}`,
        created_time: at.replace('.000Z', '+0000'),
      }));
      const next = new URL(url);
      next.searchParams.set('after', String(from + size));
      // Graph's next links carry the token as a parameter; the adapter must drop it.
      next.searchParams.set('access_token', PAGE_TOKEN);
      const more = from + size < matching.length;
      return HttpResponse.json({
        data,
        paging: { cursors: { after: String(from + size) }, ...(more ? { next: next.href } : {}) },
      });
    }),
    http.get(`${base}/:pageId`, ({ request, params }) => {
      record(request);
      if (!tokenOk(request)) return graphError(190, 'Invalid OAuth access token.');
      return failure(state) ?? HttpResponse.json(page(state, String(params.pageId)));
    }),
  ];
};

/** `count` posts, one every `everyHours` hours back from `latest`. */
export function postsEvery(latest: Date, count: number, everyHours: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    new Date(latest.getTime() - i * everyHours * 3_600_000).toISOString(),
  );
}
