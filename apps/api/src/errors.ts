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

  constructor(code: AppErrorCode, messages: Bilingual, details?: Record<string, unknown>) {
    super(messages.en);
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
