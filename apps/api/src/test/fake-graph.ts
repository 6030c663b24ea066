// An in-process stand-in for the Graph API, for tests about something else (the scope
// matrix, hostile input): any token opens a Page named after it. The Graph adapter itself
// is tested against msw (facebook-handlers.ts).
import type { FacebookAccess } from '../facebook/facebook-access.js';
import type { GraphApi, GraphPage, GraphResult } from '../facebook/graph-api.js';
import { TokenCipher } from '../facebook/token-cipher.js';

/** A fixed AES-256 key for tests (never a real one). */
export const TEST_TOKEN_KEY = Buffer.alloc(32, 7);

const pageOf = (id: string): GraphResult<GraphPage> => ({
  ok: true,
  value: {
    id,
    name: 'Hội Chữ thập đỏ thử nghiệm',
    category: 'Nonprofit organization',
    verificationStatus: 'not_verified',
    followerCount: 1200,
    link: `https://www.facebook.com/${id}`,
  },
});

export const fakeGraph: GraphApi = {
  pageOfToken: async (token) => pageOf(`page-${token.slice(0, 12)}`),
  page: async (_token, pageId) => pageOf(pageId),
  postActivity: async () => ({
    ok: true,
    value: { count: 5, lastPostAt: '2026-06-14T02:00:00.000Z' },
  }),
};

export const testFacebook = (graph: GraphApi = fakeGraph): FacebookAccess => ({
  graph,
  cipher: new TokenCipher(TEST_TOKEN_KEY),
});
