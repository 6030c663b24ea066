// Reads the environment once, through one zod schema: every setting the README's
// configuration table documents is parsed here and nowhere else, and a bad or missing one
// stops the start with a bilingual message naming the variable (never a stack).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

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
  /** The server's log level (pino's names). */
  logLevel: LogLevel;
  /** Signs the public forms' time-check tokens; the same on every replica behind one address. */
  formSecret: string;
  /** Public pledges/registrations accepted per client address, per appeal, per hour. */
  formLimits: { perAddressHour: number; perAppealHour: number };
  notices: NoticesConfig;
  facebook: FacebookConfig;
}

/** Facebook pages checked through the Graph API (issue 17, decision 29). */
export interface FacebookConfig {
  /** 32 bytes that encrypt Page access tokens at rest; unset: connecting is refused. */
  tokenKey: Buffer | undefined;
  /** The Graph API version every call names, pinned so Facebook's changes wait for us. */
  graphVersion: string;
  graphUrl: string;
}

/** Notices (issue 13, decision 23): mail, Zalo, and how often the scheduler looks. */
export interface NoticesConfig {
  /** smtp:// or smtps:// URL; unset: mail goes to the demo outbox page instead. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The Zalo Official Account's access token; unset: the Zalo channel is off. */
  zaloToken: string | undefined;
  zaloApiUrl: string;
  /** Seconds between the scheduler's passes; 0 turns it off (tools, some tests). */
  tickSeconds: number;
}

/** A setting the API cannot start with; its message is bilingual and names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An unset variable and an empty one mean the same: the default. */
const unset = (value: unknown) => (value === '' ? undefined : value);

const text = () => z.preprocess(unset, z.string().optional());

function wholeNumber(name: string, fallback: number, { min = 1, max = 2_147_483_647 } = {}) {
  const message =
    `${name} phải là một số nguyên từ ${min} đến ${max}. / ` +
    `${name} must be a whole number from ${min} to ${max}.`;
  return z.preprocess(
    unset,
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .default(fallback),
  );
}

const FLAGS: Record<string, boolean> = { 1: true, true: true, yes: true, on: true };
for (const off of ['0', 'false', 'no', 'off']) FLAGS[off] = false;

function flag(name: string) {
  const message =
    `${name} phải là 1/0, true/false, yes/no hoặc on/off. / ` +
    `${name} must be 1/0, true/false, yes/no or on/off.`;
  return z.preprocess(
    (value) =>
      typeof value === 'string' && value !== '' ? (FLAGS[value.toLowerCase()] ?? value) : undefined,
    z.boolean({ error: message }).optional(),
  );
}

/** PUBLIC_ORIGIN (decision 8): never the Host header, which a client chooses. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && `${url.origin}/` === url.href;
  } catch {
    return false;
  }
}

const ZPublicOrigin = z.preprocess(
  unset,
  z
    .string()
    .transform((value) => value.replace(/\/+$/, ''))
    .refine(isOrigin, {
      error: (issue) =>
        `PUBLIC_ORIGIN phải là một origin như https://lantoa.example.vn (không có đường dẫn), nhận được "${issue.input}". / ` +
        `PUBLIC_ORIGIN must be an origin such as https://lantoa.example.vn (no path); got "${issue.input}".`,
    })
    .transform((value) => new URL(value).origin)
    .optional(),
);

/** 32 random bytes, as base64 (openssl rand -base64 32) or 64 hex digits. */
const ZTokenKey = z.preprocess(
  unset,
  z
    .string()
    .transform((value) =>
      /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64'),
    )
    .refine((key) => key.length === 32, {
      error:
        'LANTOA_FACEBOOK_TOKEN_KEY phải là 32 byte ngẫu nhiên, dạng base64 (openssl rand -base64 32) hoặc 64 chữ số hex. / ' +
        'LANTOA_FACEBOOK_TOKEN_KEY must be 32 random bytes, as base64 (openssl rand -base64 32) or 64 hex digits.',
    })
    .optional(),
);

const ZDatabaseUrl = z.preprocess(
  unset,
  z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, {
      error:
        'DATABASE_URL phải có dạng postgres://người-dùng@máy:cổng/cơ-sở-dữ-liệu (để trống để dùng PGlite nhúng). / ' +
        'DATABASE_URL must look like postgres://user@host:port/database (leave it empty for embedded PGlite).',
    })
    .optional(),
);

const ZDatabaseEnv = z.object({
  DATABASE_URL: ZDatabaseUrl,
  DATA_DIR: z.preprocess(unset, z.string().default('.data/pglite')),
});

/** Every setting of the server. Keep README.md's configuration table in step. */
export const ZEnv = ZDatabaseEnv.extend({
  // 0: any free port (tests, tools).
  PORT: wholeNumber('PORT', 3000, { min: 0, max: 65_535 }),
  HOST: z.preprocess(unset, z.string().default('0.0.0.0')),
  LANTOA_DEMO: flag('LANTOA_DEMO'),
  LANTOA_DEMO_PASSWORD: text(),
  LANTOA_ADMIN_EMAIL: text(),
  LANTOA_ADMIN_PASSWORD: text(),
  LANTOA_ADMIN_DIST: text(),
  LANTOA_WIDGET_DIST: text(),
  LANTOA_DEMO_PAGES: text(),
  LANTOA_SESSION_IDLE_MINUTES: wholeNumber('LANTOA_SESSION_IDLE_MINUTES', 8 * 60),
  LANTOA_SESSION_ABSOLUTE_HOURS: wholeNumber('LANTOA_SESSION_ABSOLUTE_HOURS', 7 * 24),
  // Both under 1 s: an outage, even a silent one, is answered 503 within the budget.
  LANTOA_DB_CONNECT_TIMEOUT_MS: wholeNumber('LANTOA_DB_CONNECT_TIMEOUT_MS', 700),
  LANTOA_DB_QUERY_TIMEOUT_MS: wholeNumber('LANTOA_DB_QUERY_TIMEOUT_MS', 900),
  PUBLIC_ORIGIN: ZPublicOrigin,
  // Unset: a random secret per process, fine for one server; replicas must share one.
  LANTOA_FORM_SECRET: text(),
  LANTOA_FORMS_PER_ADDRESS_HOUR: wholeNumber('LANTOA_FORMS_PER_ADDRESS_HOUR', 10),
  LANTOA_FORMS_PER_APPEAL_HOUR: wholeNumber('LANTOA_FORMS_PER_APPEAL_HOUR', 600),
  SMTP_URL: z.preprocess(
    unset,
    z
      .string()
      .regex(/^smtps?:\/\/\S+$/, {
        error:
          'SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy:587 hoặc smtps://… / ' +
          'SMTP_URL must look like smtp://user:password@host:587 or smtps://…',
      })
      .optional(),
  ),
  MAIL_FROM: z.preprocess(unset, z.string().default('Lan Tỏa <no-reply@lantoa.local>')),
  LANTOA_ZALO_OA_TOKEN: text(),
  LANTOA_ZALO_API_URL: z.preprocess(unset, z.string().default('https://openapi.zalo.me')),
  LANTOA_NOTICES_TICK_SECONDS: wholeNumber('LANTOA_NOTICES_TICK_SECONDS', 60, { min: 0 }),
  LANTOA_FACEBOOK_TOKEN_KEY: ZTokenKey,
  LANTOA_FACEBOOK_GRAPH_VERSION: z.preprocess(
    unset,
    z
      .string()
      .regex(/^v\d{1,2}\.\d$/, {
        error:
          'LANTOA_FACEBOOK_GRAPH_VERSION phải có dạng v23.0. / LANTOA_FACEBOOK_GRAPH_VERSION must look like v23.0.',
      })
      .default('v23.0'),
  ),
  LANTOA_FACEBOOK_GRAPH_URL: z.preprocess(
    unset,
    z
      .string()
      .refine(isOrigin, {
        error:
          'LANTOA_FACEBOOK_GRAPH_URL phải là một origin như https://graph.facebook.com. / ' +
          'LANTOA_FACEBOOK_GRAPH_URL must be an origin such as https://graph.facebook.com.',
      })
      .default('https://graph.facebook.com'),
  ),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' && value !== '' ? value.toLowerCase() : undefined),
    z
      .enum(LOG_LEVELS, {
        error: `LOG_LEVEL phải là một trong ${LOG_LEVELS.join(', ')}. / LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`,
      })
      .default('warn'),
  ),
});

const MISSING_PUBLIC_ORIGIN =
  'Thiếu PUBLIC_ORIGIN: đặt địa chỉ công khai của máy chủ, ví dụ PUBLIC_ORIGIN=https://lantoa.example.vn (bắt buộc khi không chạy chế độ demo). / ' +
  'PUBLIC_ORIGIN is missing: set the address users reach the server at, e.g. PUBLIC_ORIGIN=https://lantoa.example.vn (required outside demo mode).';

/** Parses with `schema`, or throws a ConfigError listing every bad setting, one a line. */
function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError([...new Set(parsed.error.issues.map((i) => i.message))].join('\n'));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const e = parseEnv(ZEnv, env);
  // Demo data never lands on a real server by accident: off for DATABASE_URL unless asked.
  const isDemo = e.LANTOA_DEMO ?? !e.DATABASE_URL;
  if (!e.PUBLIC_ORIGIN && !isDemo) throw new ConfigError(MISSING_PUBLIC_ORIGIN);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    isDemo,
    demoPassword: e.LANTOA_DEMO_PASSWORD,
    adminEmail: e.LANTOA_ADMIN_EMAIL,
    adminPassword: e.LANTOA_ADMIN_PASSWORD,
    adminDistDir: e.LANTOA_ADMIN_DIST,
    widgetDistDir: e.LANTOA_WIDGET_DIST,
    demoPagesDir: e.LANTOA_DEMO_PAGES,
    sessionIdleMinutes: e.LANTOA_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.LANTOA_SESSION_ABSOLUTE_HOURS,
    dbConnectTimeoutMs: e.LANTOA_DB_CONNECT_TIMEOUT_MS,
    dbQueryTimeoutMs: e.LANTOA_DB_QUERY_TIMEOUT_MS,
    publicOrigin: e.PUBLIC_ORIGIN,
    linkOrigin: e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    formSecret: e.LANTOA_FORM_SECRET ?? randomBytes(32).toString('base64url'),
    formLimits: {
      perAddressHour: e.LANTOA_FORMS_PER_ADDRESS_HOUR,
      perAppealHour: e.LANTOA_FORMS_PER_APPEAL_HOUR,
    },
    notices: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      zaloToken: e.LANTOA_ZALO_OA_TOKEN,
      zaloApiUrl: e.LANTOA_ZALO_API_URL.replace(/\/+$/, ''),
      tickSeconds: e.LANTOA_NOTICES_TICK_SECONDS,
    },
    facebook: {
      tokenKey: e.LANTOA_FACEBOOK_TOKEN_KEY,
      graphVersion: e.LANTOA_FACEBOOK_GRAPH_VERSION,
      graphUrl: e.LANTOA_FACEBOOK_GRAPH_URL.replace(/\/+$/, ''),
    },
  };
}

/** For entry points: a ConfigError ends the process with its message alone, no stack. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return orExit(() => loadConfig(env));
}

function orExit<T>(load: () => T): T {
  try {
    return load();
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
 *  need, so they run without the server's settings (PUBLIC_ORIGIN...). A bad value ends
 *  the CLI like the server: the bilingual message alone. */
export function loadDatabaseConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): DatabaseConfig {
  return orExit(() => {
    const e = parseEnv(ZDatabaseEnv, env);
    return { databaseUrl: e.DATABASE_URL, dataDir: path.resolve(cwd, e.DATA_DIR) };
  });
}
