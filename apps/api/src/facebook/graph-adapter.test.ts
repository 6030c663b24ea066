// The Graph adapter against msw standing in for Graph: a page's fields, posts in a period
// over several cursor pages, and every failure Graph can answer mapped to a typed outcome.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GRAPH_URL,
  GRAPH_VERSION,
  type GraphMode,
  graphHandlers,
  graphState,
  PAGE_ID,
  PAGE_TOKEN,
  postsEvery,
} from '../test/facebook-handlers.js';
import { GraphAdapter } from './graph-adapter.js';

const state = graphState();
const server = setupServer(...graphHandlers(state));
const graph = new GraphAdapter({ graphUrl: GRAPH_URL, version: GRAPH_VERSION });
const now = new Date('2026-06-15T03:00:00Z');
const since = new Date('2026-05-15T17:00:00Z');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => Object.assign(state, graphState()));
afterAll(() => server.close());

describe('GraphAdapter', () => {
  it('reads the page a Page token opens, with the token in the header only', async () => {
    expect(await graph.pageOfToken(PAGE_TOKEN)).toEqual({
      ok: true,
      value: {
        id: PAGE_ID,
        name: 'Hội Chữ thập đỏ phường Rạch Giá',
        category: 'Nonprofit organization',
        verificationStatus: 'not_verified',
        followerCount: 2345,
        link: `https://www.facebook.com/${PAGE_ID}`,
      },
    });
    expect(state.calls).toEqual([
      {
        url: `/${GRAPH_VERSION}/me?fields=id,name,category,verification_status,followers_count,fan_count,link`,
        authorization: `Bearer ${PAGE_TOKEN}`,
      },
    ]);
  });

  it('counts the posts of a period over every page of the answer, following paging.next', async () => {
    // 250 posts every 2 hours from the morning of the 15th (about 21 days), then older ones.
    state.posts = [
      ...postsEvery(new Date('2026-06-15T01:00:00Z'), 250, 2),
      ...postsEvery(new Date('2026-04-01T01:00:00Z'), 30, 24),
    ];
    state.pageSize = 100;
    const answer = await graph.postActivity(PAGE_TOKEN, PAGE_ID, since, now);
    expect(answer).toEqual({
      ok: true,
      value: { count: 250, lastPostAt: '2026-06-15T01:00:00.000Z' },
    });
    const postCalls = state.calls.filter((c) => c.url.includes('published_posts'));
    expect(postCalls).toHaveLength(3);
    // The cursor links' access_token parameter is dropped: the token stays in the header.
    for (const call of state.calls) {
      expect(call.url).not.toContain(PAGE_TOKEN);
      expect(call.authorization).toBe(`Bearer ${PAGE_TOKEN}`);
    }
  });

  it('a quiet page: no post in the period, and the latest post ever', async () => {
    state.posts = postsEvery(new Date('2026-03-02T05:00:00Z'), 3, 24);
    expect(await graph.postActivity(PAGE_TOKEN, PAGE_ID, since, now)).toEqual({
      ok: true,
      value: { count: 0, lastPostAt: '2026-03-02T05:00:00.000Z' },
    });
  });

  it('reads an expired token (190) as token_invalid, Graph’s message kept', async () => {
    state.mode = 'expired';
    expect(await graph.page(PAGE_TOKEN, PAGE_ID)).toEqual({
      ok: false,
      failure: {
        kind: 'token_invalid',
        code: 190,
        message: 'Error validating access token: Session has expired.',
      },
    });
    expect(await graph.pageOfToken('EAAGsomeOtherTokenThatFacebookRefuses')).toMatchObject({
      ok: false,
      failure: { kind: 'token_invalid', code: 190 },
    });
  });

  it.each([
    ['rate-4', 4],
    ['rate-17', 17],
    ['rate-32', 32],
  ] as const)('reads %s as rate_limited (code %i)', async (mode: GraphMode, code) => {
    state.mode = mode;
    const answer = await graph.postActivity(PAGE_TOKEN, PAGE_ID, since, now);
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'rate_limited', code } });
    // Code 32 came with Graph's usage header: 42 minutes to regain access.
    if (code === 32) expect(answer.ok || answer.failure.retryAfterMs).toBe(42 * 60_000);
  });

  it.each([
    ['deleted', 100],
    ['alias-gone', 803],
  ] as const)('reads a %s page as page_unavailable (code %i)', async (mode: GraphMode, code) => {
    state.mode = mode;
    expect(await graph.page(PAGE_TOKEN, PAGE_ID)).toMatchObject({
      ok: false,
      failure: { kind: 'page_unavailable', code },
    });
  });

  it('reads a network failure as unavailable, and a user token as no Page', async () => {
    state.mode = 'network';
    expect(await graph.page(PAGE_TOKEN, PAGE_ID)).toEqual({
      ok: false,
      failure: { kind: 'unavailable', code: null, message: 'network failure' },
    });
    state.mode = 'user-token';
    expect(await graph.pageOfToken(PAGE_TOKEN)).toMatchObject({
      ok: false,
      failure: { kind: 'page_unavailable', message: 'not a Facebook Page' },
    });
  });

  it('never follows a cursor link to another host with the token', async () => {
    const stray = new GraphAdapter({ graphUrl: 'https://graph.test', version: GRAPH_VERSION });
    const nextLink = (stray as unknown as { nextLink: (p: unknown) => string | null }).nextLink;
    expect(nextLink.call(stray, { next: 'https://evil.test/v23.0/x?access_token=t' })).toBeNull();
    expect(
      nextLink.call(stray, {
        next: 'https://graph.test/v23.0/x/published_posts?after=2&access_token=t',
      }),
    ).toBe('https://graph.test/v23.0/x/published_posts?after=2');
  });
});
