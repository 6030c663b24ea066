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
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(cwd, env.DATA_DIR ?? '.data/pglite'),
    // Demo data never lands on a real server by accident: off for DATABASE_URL unless asked.
    isDemo: flag(env.LANTOA_DEMO) ?? !databaseUrl,
    demoPassword: env.LANTOA_DEMO_PASSWORD || undefined,
    adminEmail: env.LANTOA_ADMIN_EMAIL || undefined,
    adminPassword: env.LANTOA_ADMIN_PASSWORD || undefined,
    adminDistDir: env.LANTOA_ADMIN_DIST,
    widgetDistDir: env.LANTOA_WIDGET_DIST,
    demoPagesDir: env.LANTOA_DEMO_PAGES,
    sessionIdleMinutes: Number(env.LANTOA_SESSION_IDLE_MINUTES ?? 8 * 60),
    sessionAbsoluteHours: Number(env.LANTOA_SESSION_ABSOLUTE_HOURS ?? 7 * 24),
  };
}
