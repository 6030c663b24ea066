// Every field error a service raises has both languages: it is a domain schema message
// (Vietnamese on the wire, as zod's are; the client finds the English by it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Lang, SCHEMA_MESSAGES, translateSchemaMessage } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

const KNOWN_VI = new Set<string>(Object.values(SCHEMA_MESSAGES).map((m) => m.vi));

let handle: DbHandle;
let units: Awaited<ReturnType<typeof createProvince>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  handle = await openTestDb();
  units = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: units.province.id });
});

afterAll(async () => {
  await handle?.close();
});

/** The field errors a refused call carries, in both languages. */
async function fieldErrorsOf(
  call: Promise<unknown>,
): Promise<Record<string, Record<Lang, string>>> {
  const error = await call.then(
    () => expect.fail('the call was not refused'),
    (e: { cause?: { details?: { fieldErrors?: Record<string, string[]> } } }) => e,
  );
  const fields = error.cause?.details?.fieldErrors ?? {};
  return Object.fromEntries(
    Object.entries(fields).map(([field, [vi = ''] = []]) => {
      expect(KNOWN_VI, `${field}: "${vi}" has no English`).toContain(vi);
      return [field, { vi, en: translateSchemaMessage(vi, 'en') }];
    }),
  );
}

describe('field errors raised by services', () => {
  it('a taken unit code, a parent that cannot hold the kind, a taken email: both languages', async () => {
    const caller = await callerAs(handle.db, admin);
    const unit = { name: 'Hội mới', kind: 'district' as const, openedOn: '2024-01-01' };
    await expect(
      fieldErrorsOf(
        caller.units.create({ ...unit, code: units.districtA.code, parentId: units.province.id }),
      ),
    ).resolves.toEqual({ code: SCHEMA_MESSAGES.unitCodeTaken });
    await expect(
      fieldErrorsOf(caller.units.create({ ...unit, code: 'hoi-moi', parentId: units.communeA.id })),
    ).resolves.toEqual({ parentId: SCHEMA_MESSAGES.parentKindMismatch });
    await expect(
      fieldErrorsOf(
        caller.users.create({
          email: admin.email,
          name: 'Trùng email',
          role: 'viewer',
          unitId: units.districtA.id,
          password: 'Mot-mat-khau-dai-2025',
        }),
      ),
    ).resolves.toEqual({ email: SCHEMA_MESSAGES.emailTaken });
  });

  it('no service writes a field error as a literal string (use msg(code) from the domain)', () => {
    const dir = import.meta.dirname;
    const literal = /fieldErrors:\s*\{[^}]*\[\s*['"`]/;
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => literal.test(readFileSync(path.join(dir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
