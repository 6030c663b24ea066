// Reading API failures: tRPC errors carry a code, bilingual messages and, for CONFLICT, the
// row as it is now. Field errors (which need the schema messages' translations) are in
// errors.ts: this part is on the first screen (query client, error states) and stays small.
import type { Bilingual, Lang } from '@lantoa/domain';

export interface ApiErrorData {
  code?: string;
  httpStatus?: number;
  messages?: Bilingual;
  fieldErrors?: Record<string, string[] | undefined>;
  details?: Record<string, unknown>;
}

export function errorData(error: unknown): ApiErrorData {
  const data = (error as { data?: unknown } | null)?.data;
  return data && typeof data === 'object' ? (data as ApiErrorData) : {};
}

export function errorCode(error: unknown): string | undefined {
  return errorData(error).code;
}

export function isUnauthorized(error: unknown): boolean {
  return errorCode(error) === 'UNAUTHORIZED';
}

/** The server or its database is down for a moment (HTTP 503): Retry-After says when to ask again. */
export function isServiceUnavailable(error: unknown): boolean {
  const { code, httpStatus } = errorData(error);
  return code === 'SERVICE_UNAVAILABLE' || httpStatus === 503;
}

/** How long the server asked us to wait before trying again, in ms, if it said. */
export function retryAfterMs(error: unknown): number | undefined {
  const fromDetails = errorData(error).details?.retryAfterSeconds;
  const meta = (error as { meta?: { response?: { headers?: Headers } } } | null)?.meta;
  const seconds = Number(
    fromDetails ?? meta?.response?.headers?.get?.('retry-after') ?? Number.NaN,
  );
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

// A 503 with no words of its own (a proxy in front of the API answered it).
const UNAVAILABLE = {
  vi: 'Hệ thống tạm thời gián đoạn. Nội dung bạn nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  en: 'The service is briefly unavailable. What you entered is kept; please try again shortly.',
};

const NETWORK = {
  vi: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  en: 'Could not reach the server. Check the connection and try again.',
};

/** The message in the current language, even if the language changed after the error. */
export function errorMessage(error: unknown, lang: Lang): string {
  const { messages } = errorData(error);
  if (messages) return messages[lang];
  if (isServiceUnavailable(error)) return UNAVAILABLE[lang];
  if (error instanceof Error && error.message && !/fetch|network/i.test(error.message)) {
    return error.message;
  }
  return NETWORK[lang];
}
