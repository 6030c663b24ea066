// The API edge for component tests: msw answers /auth/* and /trpc/* the way the real
// API does (tRPC batch envelopes, bilingual error data). Tests override procedures.

import { foldVietnamese } from '@lantoa/domain';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { SessionUser } from '../lib/auth';

export class TrpcFailure {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    readonly messages: { vi: string; en: string },
    readonly extra: {
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    } = {},
  ) {}
}

/** The server's answer to fields it refuses (a zod error or a rule's details.fieldErrors). */
export const fieldFailure = (fieldErrors: Record<string, string[]>) =>
  new TrpcFailure(
    'BAD_REQUEST',
    400,
    { vi: 'Dữ liệu không hợp lệ', en: 'Some fields are not valid' },
    { details: { fieldErrors } },
  );

/** Someone saved first: the server's CONFLICT with its current row. */
export const conflictFailure = (current: unknown) =>
  new TrpcFailure(
    'CONFLICT',
    409,
    { vi: 'Dữ liệu đã được người khác thay đổi.', en: 'Someone else changed this first.' },
    { details: { current } },
  );

/** Answers POST /auth/<path> (reset-request, reset...) and keeps the bodies sent. */
export function answerAuth(path: string, answer: () => Response): unknown[] {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*/auth/${path}`, async ({ request }) => {
      bodies.push(await request.json());
      return answer();
    }),
  );
  return bodies;
}

type Procedure = (input: unknown) => unknown;
/** Every signed-in page shows the bell: unless a test says otherwise, nothing is unread.
 *  Every unit page shows its Facebook connections: by default, no page record. Central's
 *  pages show the province switcher: by default, no province to list. */
/** The units the unit picker finds unless a test says otherwise (decision 38). */
export const PICKER_UNITS = [
  {
    id: 'u-kg',
    code: 'kg',
    name: 'Hội Chữ thập đỏ tỉnh Kiên Giang',
    kind: 'province',
    parentName: null,
  },
  {
    id: 'u-rg',
    code: 'kg-rach-gia',
    name: 'Hội CTĐ thành phố Rạch Giá',
    kind: 'district',
    parentName: 'Hội Chữ thập đỏ tỉnh Kiên Giang',
  },
  {
    id: 'u-ag',
    code: 'ag',
    name: 'Hội CTĐ phường Rạch Giá',
    kind: 'commune',
    parentName: 'An Giang',
  },
];

/** units.search over `units`, as the server does it: name or code, diacritics optional,
 *  or exactly a code. */
export const searchUnitsIn =
  (units: readonly { name: string; code: string }[]): Procedure =>
  (input) => {
    const { search, code } = (input ?? {}) as { search?: string; code?: string };
    const needle = foldVietnamese(search ?? '').trim();
    const items = units.filter((u) =>
      code !== undefined ? u.code === code : foldVietnamese(`${u.name} ${u.code}`).includes(needle),
    );
    return { items, nextCursor: null };
  };

const DEFAULT_PROCEDURES: Record<string, Procedure> = {
  'units.search': searchUnitsIn(PICKER_UNITS),
  'notices.unreadCount': () => 0,
  'units.provinces': () => ({ items: [], nextCursor: null, total: 0 }),
  'facebook.ofUnit': () => ({ isConfigured: true, pages: [] }),
};
let procedures: Record<string, Procedure> = { ...DEFAULT_PROCEDURES };
let currentUser: SessionUser | null = null;
export const calls: { path: string; input: unknown; headers: Headers }[] = [];

export function useProcedures(next: Record<string, Procedure>) {
  procedures = { ...procedures, ...next };
}
export function setUser(user: SessionUser | null) {
  currentUser = user;
}

async function answer(path: string, input: unknown) {
  const proc = procedures[path];
  if (!proc) throw new Error(`No test procedure for ${path}`);
  const out = await proc(input);
  if (out instanceof TrpcFailure) {
    return {
      error: {
        message: out.messages.vi,
        code: -32000,
        data: {
          code: out.code,
          httpStatus: out.httpStatus,
          path,
          messages: out.messages,
          ...out.extra,
        },
      },
    };
  }
  return { result: { data: out } };
}

const handlers = [
  http.get('*/auth/me', () => HttpResponse.json({ user: currentUser })),
  http.all('*/trpc/:paths', async ({ request, params }) => {
    const paths = String(params.paths).split(',');
    const url = new URL(request.url);
    const inputs =
      request.method === 'GET'
        ? JSON.parse(url.searchParams.get('input') ?? '{}')
        : await request.json();
    const results = await Promise.all(
      paths.map((path, i) => {
        const input = (inputs as Record<string, unknown>)[String(i)];
        calls.push({ path, input, headers: request.headers });
        return answer(path, input);
      }),
    );
    const failed = results.find((r) => 'error' in r) as
      | { error: { data: { httpStatus: number } } }
      | undefined;
    const status = failed ? (results.length === 1 ? failed.error.data.httpStatus : 207) : 200;
    return HttpResponse.json(results, { status });
  }),
];

export const server = setupServer(...handlers);

export function resetApi() {
  procedures = { ...DEFAULT_PROCEDURES };
  currentUser = null;
  calls.length = 0;
}
