// The first screen's queries, asked for as soon as the session is known rather than after
// the app shell's and the route's chunks have loaded (issue 14: on a phone network each
// step of that chain is a round trip before the dashboard shows). One plain GET of tRPC's
// batch URL, the format its httpBatchLink sends, so the tRPC client stays out of the entry
// chunk; the route's loader takes each answer by its query (early-seed.ts) and hands it to
// the query cache. Whatever does not match, fails or comes late is simply asked again by
// the loader as usual.
import { apiUrl, CSRF_HEADERS } from './api-base';

/** One query of the batch: its procedure and input, as in its tRPC query key. An infinite
 *  query's first page is sent as tRPC sends it (`direction: 'forward'`, no cursor). */
export interface EarlyCall {
  path: string;
  input: unknown;
  infinite?: boolean;
}

type Answer = { data: unknown } | undefined;

const waiting = new Map<string, { answer: Promise<Answer>; sent: number }>();

// Only the first screen's loader should take an early answer: one left over (the route
// asked for something else after all) must not stand in for fresh data minutes later.
const FRESH_MS = 15_000;

/** The same key for the same input whatever the order of its fields. */
export function earlyKey(path: string, input: unknown): string {
  return `${path} ${JSON.stringify(input ?? null, (_, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  )}`;
}

/** Sends the calls in one batch; each answer waits (once) for its loader. */
export function fetchEarly(calls: EarlyCall[], lang: string): void {
  if (calls.length === 0) return;
  const inputs = Object.fromEntries(
    calls.map((c, i) => [
      i,
      c.infinite ? { ...(c.input as object), direction: 'forward' } : c.input,
    ]),
  );
  const url = apiUrl(
    `/trpc/${calls.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`,
  );
  // 200, or 207 when some calls failed: each item says for itself. Anything else (no
  // answer, 401, 503) leaves every query to its loader.
  const answers = fetch(url, {
    credentials: 'same-origin',
    headers: { ...CSRF_HEADERS, 'x-lantoa-lang': lang },
  })
    .then((res) => (res.ok ? (res.json() as Promise<unknown>) : undefined))
    .catch(() => undefined);
  calls.forEach((call, i) => {
    const answer = answers.then((list): Answer => {
      const item = Array.isArray(list) ? (list[i] as { result?: { data?: unknown } }) : undefined;
      return item?.result && 'data' in item.result ? { data: item.result.data } : undefined;
    });
    waiting.set(earlyKey(call.path, call.input), { answer, sent: Date.now() });
  });
}

/** The early answer to this query, if one was asked for; taken once, so a later visit to
 *  the same screen asks the server again. */
export function takeEarly(path: string, input: unknown): Promise<Answer> | undefined {
  const key = earlyKey(path, input);
  const early = waiting.get(key);
  waiting.delete(key);
  return early && Date.now() - early.sent < FRESH_MS ? early.answer : undefined;
}
