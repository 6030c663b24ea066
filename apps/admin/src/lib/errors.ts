// Reading API failures: tRPC errors carry a code, bilingual messages, zod field errors
// (Vietnamese, translated here) and, for CONFLICT, the row as it is now.
import { type Bilingual, type Lang, translateSchemaMessage } from '@lantoa/domain';

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

export type FieldErrors = Record<string, string | undefined>;

/** Server field errors, first message per field, in the chosen language. */
export function serverFieldErrors(error: unknown, lang: Lang): FieldErrors {
  const out: FieldErrors = {};
  // zod failures carry fieldErrors; business rules put theirs in details.fieldErrors.
  const { fieldErrors, details } = errorData(error);
  const fromDetails = (details?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  for (const [field, list] of Object.entries({ ...fromDetails, ...fieldErrors })) {
    if (list?.[0]) out[field] = translateSchemaMessage(list[0], lang);
  }
  return out;
}

/** Client-side zod issues keyed by dotted path ('links.0.url'), translated. */
export function zodFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  lang: Lang,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= translateSchemaMessage(issue.message, lang);
  }
  return out;
}
