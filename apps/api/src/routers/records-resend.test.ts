// A record created offline is sent with the id the phone chose (newId): sending it again, as
// a queue does after a lost answer, must never make a second record, and nobody else can use
// that id to read or take over the record (decision 34). A delete sent again likewise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: User;
let otherCadre: User;
let outsider: User;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  otherCadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  outsider = await createUser(handle.db, { role: 'cadre', unitId: tree.districtB.id });
});
afterAll(() => handle.close());

const course = () => ({
  kind: 'training_course' as const,
  unitId: tree.districtA.id,
  heldOn: '2025-09-03',
  title: 'Tập huấn ngoại tuyến',
  participants: 25,
  level: 'district' as const,
});

const rowsWithId = async (id: string) =>
  Number(
    (
      await handle.db
        .selectFrom('training_courses')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );
const createEvents = async (id: string) =>
  Number(
    (
      await handle.db
        .selectFrom('audit_event')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where('entity_id', '=', id)
        .where('action', '=', 'record.create')
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('records.save with the id a phone chose', () => {
  it('creates the record with that id; the same create sent again answers it, once', async () => {
    const newId = crypto.randomUUID();
    const asCadre = await callerAs(handle.db, cadre);
    const first = await asCadre.records.save({ id: null, version: null, record: course(), newId });
    expect(first).toMatchObject({ id: newId, version: 1, participants: 25 });
    const again = await asCadre.records.save({ id: null, version: null, record: course(), newId });
    expect(again).toEqual(first);
    expect(await rowsWithId(newId)).toBe(1);
    expect(await createEvents(newId)).toBe(1);
  });

  it('a resend after a later edit answers the record as it is now, without a new version', async () => {
    const newId = crypto.randomUUID();
    const asCadre = await callerAs(handle.db, cadre);
    const made = await asCadre.records.save({ id: null, version: null, record: course(), newId });
    const edited = await asCadre.records.save({
      id: made.id,
      version: made.version,
      record: { ...course(), participants: 30 },
    });
    const resent = await asCadre.records.save({ id: null, version: null, record: course(), newId });
    expect(resent).toMatchObject({ id: newId, version: edited.version, participants: 30 });
  });

  it('refuses the id to another user, even of the same unit, and never shows the record', async () => {
    const newId = crypto.randomUUID();
    await (await callerAs(handle.db, cadre)).records.save({
      id: null,
      version: null,
      record: course(),
      newId,
    });
    const sameUnit = (await callerAs(handle.db, otherCadre)).records.save({
      id: null,
      version: null,
      record: { ...course(), title: 'Chiếm chỗ' },
      newId,
    });
    await expect(sameUnit).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(sameUnit).rejects.not.toMatchObject({ message: expect.stringContaining('Tập') });
    const otherUnit = (await callerAs(handle.db, outsider)).records.save({
      id: null,
      version: null,
      record: { ...course(), unitId: tree.districtB.id },
      newId,
    });
    await expect(otherUnit).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await rowsWithId(newId)).toBe(1);
    expect(await createEvents(newId)).toBe(1);
  });

  it('refuses a newId that is not a UUID, writing nothing', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    await expect(
      asCadre.records.save({ id: null, version: null, record: course(), newId: 'not-a-uuid' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

// A delete queued offline is sent again when its answer was lost, or meets a record someone
// else deleted meanwhile: either way it finds no row, and is done for whoever may write the
// unit (the first answer for its own resend), NOT_FOUND for anyone else.
/** The audit log's deletes of a record: one, however often the delete was sent. */
const deleteEvents = (id: string) =>
  handle.db
    .selectFrom('audit_event')
    .select('seq')
    .where('entity_id', '=', id)
    .where('action', '=', 'record.delete')
    .execute();

describe('records.delete sent again', () => {
  const made = async () =>
    (await callerAs(handle.db, cadre)).records.save({ id: null, version: null, record: course() });

  it('answers a resend of the same delete as the first one, with one audit event', async () => {
    const record = await made();
    const asCadre = await callerAs(handle.db, cadre);
    const input = { kind: 'training_course' as const, id: record.id, version: record.version };
    const first = await asCadre.records.delete(input);
    expect(first).toEqual({ id: record.id, unitId: tree.districtA.id });
    expect(await asCadre.records.delete(input)).toEqual(first);
    expect(await rowsWithId(record.id)).toBe(0);
    expect(await deleteEvents(record.id)).toHaveLength(1);
  });

  it('is done, saying so, for a record someone else deleted first; NOT_FOUND out of reach or never deleted', async () => {
    const record = await made();
    const input = { kind: 'training_course' as const, id: record.id, version: record.version };
    await (await callerAs(handle.db, cadre)).records.delete(input);
    const gone = { id: record.id, unitId: tree.districtA.id, alreadyDeleted: true };
    expect(await (await callerAs(handle.db, otherCadre)).records.delete(input)).toEqual(gone);
    expect(
      await (await callerAs(handle.db, cadre)).records.delete({
        ...input,
        version: input.version + 1,
      }),
    ).toEqual(gone);
    await expect((await callerAs(handle.db, outsider)).records.delete(input)).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    await expect(
      (await callerAs(handle.db, cadre)).records.delete({ ...input, id: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await deleteEvents(record.id)).toHaveLength(1);
  });

  it('still refuses a stale version of a record that is there, with the server row', async () => {
    const record = await made();
    const asCadre = await callerAs(handle.db, cadre);
    const edited = await (await callerAs(handle.db, otherCadre)).records.save({
      id: record.id,
      version: record.version,
      record: { ...course(), participants: 40 },
    });
    await expect(
      asCadre.records.delete({ kind: 'training_course', id: record.id, version: record.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { details: { current: { version: edited.version, participants: 40 } } },
    });
    expect(await rowsWithId(record.id)).toBe(1);
  });
});
