// Reads the environment once. Every knob the README documents is here, nowhere else.
import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  isDemo: boolean;
  demoPassword: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  adminDistDir: string | undefined;
  widgetDistDir: string | undefined;
  demoPagesDir: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** PostgreSQL: longest wait for a pooled connection before a request answers 503. */
  dbConnectTimeoutMs: number;
  /** PostgreSQL: a query unanswered this long has its connection cut (503). */
  dbQueryTimeoutMs: number;
  /** PUBLIC_ORIGIN as set (normalised), or undefined; CSRF compares Origin with it. */
  publicOrigin: string | undefined;
  /** Origin of public permalinks: PUBLIC_ORIGIN, or in demo mode http://localhost:PORT. */
  linkOrigin: string;
}

/** A setting the API cannot start with; its message is bilingual and names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** PUBLIC_ORIGIN (decision 8): never the Host header, which a client chooses. */
function publicOriginOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const isOrigin =
    url && ['http:', 'https:'].includes(url.protocol) && `${url.origin}/` === url.href;
  if (!url || !isOrigin) {
    throw new ConfigError(
      `PUBLIC_ORIGIN phải là một origin như https://lantoa.example.vn (không có đường dẫn), nhận được "${value}". / ` +
        `PUBLIC_ORIGIN must be an origin such as https://lantoa.example.vn (no path); got "${value}".`,
    );
  }
  return url.origin;
}

const MISSING_PUBLIC_ORIGIN =
  'Thiếu PUBLIC_ORIGIN: đặt địa chỉ công khai của máy chủ, ví dụ PUBLIC_ORIGIN=https://lantoa.example.vn (bắt buộc khi không chạy chế độ demo). / ' +
  'PUBLIC_ORIGIN is missing: set the address users reach the server at, e.g. PUBLIC_ORIGIN=https://lantoa.example.vn (required outside demo mode).';

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = Number(env.PORT ?? 3000);
  // Demo data never lands on a real server by accident: off for DATABASE_URL unless asked.
  const isDemo = flag(env.LANTOA_DEMO) ?? !databaseUrl;
  const publicOrigin = publicOriginOf(env.PUBLIC_ORIGIN?.replace(/\/+$/, ''));
  if (!publicOrigin && !isDemo) throw new ConfigError(MISSING_PUBLIC_ORIGIN);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: loadDatabaseConfig(env, cwd).dataDir,
    isDemo,
    demoPassword: env.LANTOA_DEMO_PASSWORD || undefined,
    adminEmail: env.LANTOA_ADMIN_EMAIL || undefined,
    adminPassword: env.LANTOA_ADMIN_PASSWORD || undefined,
    adminDistDir: env.LANTOA_ADMIN_DIST,
    widgetDistDir: env.LANTOA_WIDGET_DIST,
    demoPagesDir: env.LANTOA_DEMO_PAGES,
    sessionIdleMinutes: Number(env.LANTOA_SESSION_IDLE_MINUTES ?? 8 * 60),
    sessionAbsoluteHours: Number(env.LANTOA_SESSION_ABSOLUTE_HOURS ?? 7 * 24),
    // Both under 1 s: an outage, even a silent one, is answered 503 within the budget.
    dbConnectTimeoutMs: Number(env.LANTOA_DB_CONNECT_TIMEOUT_MS ?? 700),
    dbQueryTimeoutMs: Number(env.LANTOA_DB_QUERY_TIMEOUT_MS ?? 900),
    publicOrigin,
    linkOrigin: publicOrigin ?? `http://localhost:${port}`,
  };
}

/** For entry points: a ConfigError ends the process with its message alone, no stack. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

export interface DatabaseConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

/** Where the database is, and nothing else: all the CLIs (backup, restore, demo:reform)
 *  need, so they run without the server's settings (PUBLIC_ORIGIN...). */
export function loadDatabaseConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): DatabaseConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(cwd, env.DATA_DIR ?? '.data/pglite'),
  };
}
