import { msg } from '@lantoa/domain';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { loadConfig } from './config.js';
import { verifyAuditChain } from './services/verify-audit-chain.js';
import { SAME_ORIGIN } from './test/http.js';
import { openTestDb } from './test/test-db.js';

const countUsers = async (db: Awaited<ReturnType<typeof openTestDb>>['db']) =>
  await db.selectFrom('users').select(['email', 'role']).orderBy('email').execute();

describe('bootstrap', () => {
  it('on a real server: the hierarchy, no demo accounts, and a one-time secret for the first admin', async () => {
    const handle = await openTestDb();
    try {
      const config = loadConfig({
        DATABASE_URL: 'postgres://example/db',
        PUBLIC_ORIGIN: 'https://lantoa.example.vn',
        LANTOA_ADMIN_DIST: '/none',
      });
      expect(config.isDemo).toBe(false);
      const result = await bootstrap(handle.db, config);
      expect(result).toMatchObject({ seeded: true, demoPassword: null });
      expect(result.setupSecret).toMatch(/^[\w-]{20,}$/);
      expect(await countUsers(handle.db)).toEqual([]);
      const units = await handle.db.selectFrom('units').select(['code', 'is_sample']).execute();
      expect(units).toHaveLength(18);
      expect(units.every((u) => !u.is_sample)).toBe(true);

      const app = await buildApp({ db: handle.db, config, setupSecret: result.setupSecret });
      const setup = (secret: string) =>
        app.inject({
          method: 'POST',
          url: '/auth/setup',
          headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
          payload: {
            secret,
            email: 'Chu.Tich@KienGiang.vn',
            name: 'Chủ tịch',
            password: 'Hoi-Chu-Thap-Do-2025',
          },
        });
      // The domain's schema (the setup page checks the same): field errors, nothing created.
      const blank = await setup('   ');
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error.details.fieldErrors).toEqual({
        secret: [msg('setupSecretRequired')],
      });
      expect(await countUsers(handle.db)).toEqual([]);
      expect((await setup('wrong-secret')).statusCode).toBe(403);
      expect((await setup(result.setupSecret as string)).statusCode).toBe(200);
      expect((await setup(result.setupSecret as string)).statusCode).toBe(404);
      expect(await countUsers(handle.db)).toEqual([
        { email: 'chu.tich@kiengiang.vn', role: 'admin' },
      ]);
      await app.close();
      // A second start finds the admin: no secret any more, nothing seeded twice.
      expect(await bootstrap(handle.db, config)).toMatchObject({
        seeded: false,
        setupSecret: null,
      });
    } finally {
      await handle.close();
    }
  });

  it('takes the first admin from the environment, refusing a common password', async () => {
    const handle = await openTestDb();
    try {
      const weak = loadConfig({
        DATABASE_URL: 'postgres://x/y',
        PUBLIC_ORIGIN: 'https://lantoa.example.vn',
        LANTOA_ADMIN_EMAIL: 'a@kg.vn',
        LANTOA_ADMIN_PASSWORD: 'password123',
      });
      await expect(bootstrap(handle.db, weak)).rejects.toThrow();
      const good = loadConfig({
        DATABASE_URL: 'postgres://x/y',
        PUBLIC_ORIGIN: 'https://lantoa.example.vn',
        LANTOA_ADMIN_EMAIL: 'a@kg.vn',
        LANTOA_ADMIN_PASSWORD: 'Lan-Toa-2025-KG',
      });
      expect(await bootstrap(handle.db, good)).toMatchObject({ setupSecret: null });
      expect(await countUsers(handle.db)).toEqual([{ email: 'a@kg.vn', role: 'admin' }]);
    } finally {
      await handle.close();
    }
  });

  it('in demo mode: sample units, demo facts and demo accounts with the given password', async () => {
    const handle = await openTestDb();
    try {
      const config = loadConfig({
        DATABASE_URL: 'postgres://x/y',
        LANTOA_DEMO: '1',
        LANTOA_DEMO_PASSWORD: 'Demo-Password-2025',
      });
      const result = await bootstrap(handle.db, config);
      expect(result).toMatchObject({
        seeded: true,
        demoPassword: 'Demo-Password-2025',
        setupSecret: null,
      });
      const emails = (await countUsers(handle.db)).map((u) => u.email);
      expect(emails).toContain('admin@demo.lantoa.vn');
      expect(emails).toContain('cadre.kg-rach-gia@demo.lantoa.vn');
      expect(emails.filter((e) => e.startsWith('cadre.kg-'))).toHaveLength(15);
      // The sample province's own accounts, and Central's (decision 20).
      expect(emails).toContain('admin.camau@demo.lantoa.vn');
      expect(emails).toContain('trunguong@demo.lantoa.vn');
      const samples = await handle.db
        .selectFrom('units')
        .select('name')
        .where('is_sample', '=', true)
        .execute();
      expect(samples.length).toBeGreaterThan(0);
      expect(samples.every((s) => s.name.includes('(mẫu)'))).toBe(true);
      // The seed's audit events are chained before the app serves.
      const chain = await verifyAuditChain(handle.db);
      expect(chain).toMatchObject({ isValid: true, unsealed: 0 });
      expect(chain.count).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});
