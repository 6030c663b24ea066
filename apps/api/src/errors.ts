// Typed application errors. Services throw these; the tRPC errorFormatter and the HTTP
// error handler turn them into responses with a Vietnamese and an English message and
// never a stack trace or SQL.
import type { Bilingual } from '@lantoa/domain';

export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messages: Bilingual;
  /** Extra data a client may act on, e.g. the current row after a CONFLICT. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: AppErrorCode,
    messages: Bilingual,
    details?: Record<string, unknown>,
    /** The failure behind it, for the logs only: never sent to a client. */
    options?: { cause?: unknown },
  ) {
    super(messages.en, options);
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

export const notFound = (what: Bilingual = { vi: 'Không tìm thấy', en: 'Not found' }) =>
  new AppError('NOT_FOUND', what);

export const forbidden = () =>
  new AppError('FORBIDDEN', {
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You are not allowed to do this',
  });

export const unauthorized = () =>
  new AppError('UNAUTHORIZED', {
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    en: 'Your session has ended; please sign in again',
  });

export const conflict = (current: unknown) =>
  new AppError(
    'CONFLICT',
    {
      vi: 'Dữ liệu đã được người khác thay đổi. Hãy xem bản mới nhất rồi áp dụng lại thay đổi của bạn',
      en: 'Someone else changed this first. Review the latest version and apply your change again',
    },
    { current },
  );

export const badRequest = (messages: Bilingual, details?: Record<string, unknown>) =>
  new AppError('BAD_REQUEST', messages, details);

/** How long a client should wait before trying again after a SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 2;

/** The database cannot be reached (an outage, a restart, a timeout): try again shortly. */
export const serviceUnavailable = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    {
      vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau vài giây',
      en: 'The database cannot be reached for the moment. Please try again in a few seconds',
    },
    { retryAfterSeconds: RETRY_AFTER_SECONDS },
  );

/** A full disk is not over in seconds: the phone's queue keeps the change and tries later. */
const STORAGE_RETRY_AFTER_SECONDS = 60;

/** The database's disk is full: this change was not stored, everything stored before is. */
export const storageFull = (cause?: unknown) =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    {
      vi: 'Máy chủ đã hết chỗ lưu trữ nên chưa lưu được thay đổi này; dữ liệu đã lưu trước đó vẫn còn nguyên. Vui lòng thử lại sau và báo cho quản trị hệ thống',
      en: 'The server has run out of storage, so this change was not saved; everything saved before is intact. Please try again later and tell the system administrator',
    },
    { retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS, reason: 'storage_full' },
    { cause },
  );

/** An answer the operators must hear of at once (logged at error level), not only the user. */
export const needsOperator = (error: unknown): boolean =>
  error instanceof AppError && error.details?.reason === 'storage_full';

/** The Retry-After of a SERVICE_UNAVAILABLE: its own, or the usual few seconds. */
export const retryAfterOf = (error: unknown): number => {
  const own = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
  return typeof own === 'number' ? own : RETRY_AFTER_SECONDS;
};

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
};
