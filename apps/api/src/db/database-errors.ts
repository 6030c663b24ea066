// The one place that reads a failure coming out of the database layer (pg, pg-pool,
// PGlite, Kysely) and says what it means for the client: the database is unreachable
// (503, try again), the input could not be stored (400), it collides with a row that
// already exists (409), a malformed id names nothing (404), or the disk is full (503: the
// change was not stored, nothing stored before is lost, try later). Everything else is left
// alone and ends as a generic 500. Used by the tRPC
// middleware, the Fastify error handler, /readyz and the public routes' stale fallback.
import { AppError, badRequest, notFound, serviceUnavailable, storageFull } from '../errors.js';

export type DatabaseErrorKind =
  | 'unavailable'
  | 'bad-input'
  | 'not-found'
  | 'duplicate'
  | 'storage-full';

/** Socket-level failures Node reports while reaching or talking to the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs that mean "the server is not there for now", beyond class 08. */
const UNAVAILABLE_STATES = new Set([
  '57P01', // admin_shutdown: the server is stopping (or our backend was terminated)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or in recovery
  '57014', // query_canceled: statement_timeout
  '53300', // too_many_connections
]);

/** What pg, pg-pool, Kysely and PGlite say, without a code, when the link is gone. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i, // pg: "Connection terminated unexpectedly", "... due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool: no client within connectionTimeoutMillis
  /query read timeout/i, // pg: query_timeout
  /not queryable/i, // pg: a client that already lost its connection
  /cannot use a pool after calling end/i,
  /driver has already been destroyed/i, // Kysely after destroy()
  /pglite is clos(ed|ing)/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error and what it wraps (pg-pool and tRPC put the original in `cause`). */
function* chain(error: unknown): Generator<ErrorLike> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    yield current as ErrorLike;
    const { errors } = current as ErrorLike;
    // Node reports a refused dual-stack connect as an AggregateError of both attempts.
    if (Array.isArray(errors) && errors[0]) yield errors[0] as ErrorLike;
    current = (current as ErrorLike).cause;
  }
}

function kindOf(error: ErrorLike): DatabaseErrorKind | null {
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  if (NETWORK_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_STATES.has(code)) {
    return 'unavailable';
  }
  // 53100 disk_full ("could not extend file": PostgreSQL and PGlite alike), or the file
  // system's own ENOSPC. The statement wrote nothing; what was committed before stays.
  if (code === '53100' || code === 'ENOSPC' || /no space left on device/i.test(message)) {
    return 'storage-full';
  }
  // 22P02 is "invalid text representation": for a uuid column it is an id that names nothing.
  if (code === '22P02' && /uuid/i.test(message)) return 'not-found';
  if (code.length === 5 && code.startsWith('22')) return 'bad-input';
  // Class 23, integrity: a unique key taken by a row written meanwhile is a conflict; a
  // missing referenced row or a refused check is input the rules should have caught.
  if (code === '23505') return 'duplicate';
  if (code.length === 5 && code.startsWith('23')) return 'bad-input';
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return 'unavailable';
  return null;
}

/** What a database failure means for the client, or null if it is not one we recognise. */
export function classifyDatabaseError(error: unknown): DatabaseErrorKind | null {
  if (error instanceof AppError) return null;
  for (const link of chain(error)) {
    const kind = kindOf(link);
    if (kind) return kind;
  }
  return null;
}

/** True when the database cannot be reached: serve from cache, or answer 503. */
export const isDatabaseUnavailable = (error: unknown) =>
  classifyDatabaseError(error) === 'unavailable';

const NOT_STORABLE = {
  vi: 'Dữ liệu không hợp lệ: có giá trị không thể lưu',
  en: 'Some data is not valid: a value cannot be stored',
};

const ALREADY_EXISTS = {
  vi: 'Dữ liệu này đã có (có thể vừa được người khác lưu). Hãy tải lại rồi thử lại',
  en: 'This already exists (someone may have just saved it). Reload and try again',
};

/** The AppError a recognised database failure becomes, or null to leave it as it is. */
export function databaseAppError(error: unknown): AppError | null {
  switch (classifyDatabaseError(error)) {
    case 'unavailable':
      return serviceUnavailable();
    case 'not-found':
      return notFound();
    case 'bad-input':
      return badRequest(NOT_STORABLE);
    case 'duplicate':
      return new AppError('CONFLICT', ALREADY_EXISTS);
    case 'storage-full':
      return storageFull(error);
    default:
      return null;
  }
}
