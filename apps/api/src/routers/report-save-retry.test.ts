// A phone's offline queue sends a save again when it never heard the answer: the same save
// (same saveKey) must come back as the row it already wrote, never as a second version or a
// CONFLICT; another save on a stale version still gets its CONFLICT.
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let cadre: User;
let otherCadre: User;
let districtId: string;

beforeAll(async () => {
  handle = await openTestDb();
  const tree = await createProvince(handle.db);
  districtId = tree.districtA.id;
  cadre = await createUser(handle.db, { role: 'cadre', unitId: districtId });
  otherCadre = await createUser(handle.db, { role: 'cadre', unitId: districtId });
});
afterAll(() => handle.close());

const eventCount = async (reportId: string) =>
  (
    await handle.db
      .selectFrom('audit_event')
      .select('seq')
      .where('entity', '=', 'report')
      .where('entity_id', '=', reportId)
      .execute()
  ).length;

const base = (indicator: 'CT-03' | 'CT-04', periodKey: string) => ({
  unitId: districtId,
  indicator,
  periodKey,
  claimsMet: true,
  links: [],
});

describe('a retried report save', () => {
  it('creates once and edits once, however often it is sent', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const createKey = randomUUID();
    const create = { ...base('CT-03', 'by-2025'), note: 'Tạo', version: null, saveKey: createKey };
    const first = await asCadre.reports.save(create);
    const again = await asCadre.reports.save(create);
    expect(again).toEqual(first);
    expect(first.version).toBe(1);

    const editKey = randomUUID();
    const edit = { ...base('CT-03', 'by-2025'), note: 'Sửa', version: 1, saveKey: editKey };
    const edited = await asCadre.reports.save(edit);
    expect(edited).toMatchObject({ version: 2, note: 'Sửa' });
    expect(await asCadre.reports.save(edit)).toEqual(edited);
    expect(await asCadre.reports.save(edit)).toEqual(edited);
    expect(await eventCount(first.id)).toBe(2);
  });

  it('still refuses a stale save with another key, or with none, as a CONFLICT', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const asOther = await callerAs(handle.db, otherCadre);
    const created = await asCadre.reports.save({
      ...base('CT-04', 'by-2026'),
      note: 'Gốc',
      version: null,
      saveKey: randomUUID(),
    });
    const mine = {
      ...base('CT-04', 'by-2026'),
      note: 'Của tôi',
      version: 1,
      saveKey: randomUUID(),
    };
    // Someone else edited version 1 while this phone was offline.
    await asOther.reports.save({ ...base('CT-04', 'by-2026'), note: 'Của họ', version: 1 });
    for (const attempt of [mine, { ...mine, saveKey: undefined }]) {
      const error = await asCadre.reports.save(attempt).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('CONFLICT');
    }
    // The other user's key is not this user's: sending it does not take their row as ours.
    expect(await eventCount(created.id)).toBe(2);
  });

  it('refuses a saveKey that is not a UUID', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const error = await asCadre.reports
      .save({ ...base('CT-03', 'by-2025'), note: 'x', version: null, saveKey: 'lại-lần-nữa' })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
  });
});
