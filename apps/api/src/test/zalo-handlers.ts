// msw handlers standing in for Zalo's OA message API (one file per external service).
import { HttpResponse, http } from 'msw';

export const ZALO_API = 'https://zalo.test';
export const GOOD_TOKEN = 'oa-token-good';

/** Zalo's answers: success, rate limit (HTTP 429), an expired token (-216). */
export const zaloHandlers = (state: {
  calls: { token: string | null; body: unknown }[];
  mode: 'ok' | '429' | 'expired' | 'not-follower';
}) => [
  http.post(`${ZALO_API}/v3.0/oa/message/cs`, async ({ request }) => {
    state.calls.push({ token: request.headers.get('access_token'), body: await request.json() });
    if (state.mode === '429')
      return new HttpResponse('Too Many Requests', {
        status: 429,
        headers: { 'retry-after': '120' },
      });
    if (state.mode === 'expired' || request.headers.get('access_token') !== GOOD_TOKEN)
      return HttpResponse.json({ error: -216, message: 'Access token is invalid' });
    if (state.mode === 'not-follower')
      return HttpResponse.json({ error: -213, message: 'User has not followed OA' });
    return HttpResponse.json({ error: 0, message: 'Success', data: { message_id: 'm1' } });
  }),
];
