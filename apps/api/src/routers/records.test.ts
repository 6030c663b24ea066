import { todayInVietnam } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs, TEST_NOW } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let cadre: User;
let viewer: User;
let reviewer: User;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  viewer = await createUser(handle.db, { role: 'viewer', unitId: tree.districtA.id });
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
});
afterAll(() => handle.close());

const stateOf = async (user: User, unitId: string, indicator: string, periodKey: string) => {
  const detail = await (await callerAs(handle.db, user)).compliance.unit({ unitId });
  return detail.evaluations.find((e) => e.indicator === indicator && e.periodKey === periodKey);
};
const count = async (table: 'training_courses' | 'audit_event') =>
  Number(
    (
      await handle.db
        .selectFrom(table)
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('records feed the indicators', () => {
  it('a training course meets CT-05 for its year, shows as evidence, and deleting it undoes that', async () => {
    const changed: string[][] = [];
    const asCadre = await callerAs(handle.db, cadre, changed);
    const record = {
      kind: 'training_course' as const,
      unitId: tree.districtA.id,
      heldOn: '2025-08-12',
      title: 'Tập huấn kỹ năng truyền thông',
      participants: 40,
      level: 'district' as const,
    };
    expect((await stateOf(cadre, tree.districtA.id, 'CT-05', '2025'))?.state).not.toBe('met');
    const saved = await asCadre.records.save({ id: null, version: null, record });
    const met = await stateOf(cadre, tree.districtA.id, 'CT-05', '2025');
    expect(met?.state).toBe('met');
    expect(met?.evidence).toEqual([
      expect.objectContaining({ type: 'training_course', title: record.title }),
    ]);
    expect(changed).toEqual([[tree.districtA.id]]);
    const edited = await asCadre.records.save({
      id: saved.id,
      version: saved.version,
      record: { ...record, participants: 45 },
    });
    expect(edited).toMatchObject({ participants: 45, version: saved.version + 1 });
    await expect(
      asCadre.records.save({ id: saved.id, version: saved.version, record }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await asCadre.records.delete({
      kind: 'training_course',
      id: saved.id,
      version: edited.version,
    });
    expect((await stateOf(cadre, tree.districtA.id, 'CT-05', '2025'))?.state).not.toBe('met');
  });

  it('refuses records out of scope or by a viewer, writing nothing', async () => {
    const before = { courses: await count('training_courses'), audit: await count('audit_event') };
    const record = {
      kind: 'training_course' as const,
      unitId: tree.districtB.id,
      heldOn: '2025-08-12',
      title: 'Khác',
      participants: 1,
      level: 'district' as const,
    };
    await expect(
      (await callerAs(handle.db, cadre)).records.save({ id: null, version: null, record }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      (await callerAs(handle.db, viewer)).records.save({
        id: null,
        version: null,
        record: { ...record, unitId: tree.districtA.id },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await callerAs(handle.db, cadre)).records.ofUnit({ unitId: tree.districtB.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect({ courses: await count('training_courses'), audit: await count('audit_event') }).toEqual(
      before,
    );
  });

  it('an active fanpage meets CT-03 and CT-04; a javascript: URL is refused per field', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    // The callers' clock: the page's last post is recent on the day the caller judges.
    const today = todayInVietnam(TEST_NOW);
    const page = {
      kind: 'facebook_page' as const,
      unitId: tree.districtA.id,
      url: 'https://www.facebook.com/ctdrachgia',
      name: 'Hội Chữ thập đỏ TP Rạch Giá',
      isFanpage: true,
      createdOn: '2024-01-01',
      lastPostOn: today,
      recentPostCount: 12,
      lastCheckedOn: today,
    };
    const bad = await asCadre.records
      .save({ id: null, version: null, record: { ...page, url: 'javascript:alert(1)' } })
      .catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' });
    await asCadre.records.save({ id: null, version: null, record: page });
    expect((await stateOf(cadre, tree.districtA.id, 'CT-03', 'by-2025'))?.state).toBe('met');
    expect((await stateOf(cadre, tree.districtA.id, 'CT-04', 'by-2026'))?.state).toBe('met');
  });

  it('campaigns target unit kinds; participation meets CT-06', async () => {
    const asReviewer = await callerAs(handle.db, reviewer);
    await expect(
      (await callerAs(handle.db, cadre)).records.saveCampaign({
        id: null,
        version: null,
        title: 'X',
        kind: 'campaign',
        organiser: 'province',
        startsOn: '2024-05-01',
        endsOn: '2024-05-31',
        targetKinds: ['district'],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const campaign = await asReviewer.records.saveCampaign({
      id: null,
      version: null,
      title: 'Tháng Nhân đạo 2024',
      kind: 'campaign',
      organiser: 'central',
      startsOn: '2024-05-01',
      endsOn: '2024-05-31',
      targetKinds: ['district'],
    });
    expect((await stateOf(cadre, tree.districtA.id, 'CT-06', '2024'))?.state).not.toBe('met');
    await (await callerAs(handle.db, cadre)).records.save({
      id: null,
      version: null,
      record: {
        kind: 'campaign_participation',
        unitId: tree.districtA.id,
        campaignId: campaign.id,
        participatedOn: '2024-05-15',
        evidenceUrl: null,
      },
    });
    expect((await stateOf(cadre, tree.districtA.id, 'CT-06', '2024'))?.state).toBe('met');
  });
});

describe('records as of a day', () => {
  it('lists only what had happened by then, each kind by its own date', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const course = (heldOn: string) => ({
      id: null,
      version: null,
      record: {
        kind: 'training_course' as const,
        unitId: tree.districtA.id,
        heldOn,
        title: `Lớp tập huấn ${heldOn}`,
        participants: 20,
        level: 'district' as const,
      },
    });
    await asCadre.records.save(course('2025-03-01'));
    await asCadre.records.save(course('2025-09-01'));
    const titles = async (asOf?: string) =>
      (
        await asCadre.records.ofUnit({ unitId: tree.districtA.id, ...(asOf ? { asOf } : {}) })
      ).training_course
        .map((r) => r.title)
        .filter((t) => String(t).startsWith('Lớp tập huấn 2025-'));
    expect((await titles()).sort()).toEqual(['Lớp tập huấn 2025-03-01', 'Lớp tập huấn 2025-09-01']);
    expect(await titles('2025-06-30')).toEqual(['Lớp tập huấn 2025-03-01']);
    expect(await titles('2025-02-28')).toEqual([]);
    await expect(
      asCadre.records.ofUnit({ unitId: tree.districtA.id, asOf: '2025-02-30' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
