// A province adopts a template copy of a plan and amends it (issue 11, gap 4); the national
// overview judges each province by its own plan (gap 5); a report may be saved on an
// indicator an amendment added, and not on one it retired (issue 10, gap 1).
import type { PlanAmendmentInput } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let a: Awaited<ReturnType<typeof createProvince>>;
let b: Awaited<ReturnType<typeof createProvince>>;
let adminA: User;
let adminB: User;
let reviewerB: User;
let cadreB: User;
let central: User;

const amendment = (changes: PlanAmendmentInput['changes']): PlanAmendmentInput => ({
  effectiveOn: '2026-01-01',
  legalBasis: { number: '3/KH-CTĐ (mẫu)', issuedOn: '2025-12-20', issuer: 'Hội CTĐ tỉnh B' },
  summary: 'Điều chỉnh kế hoạch của tỉnh',
  changes,
});
const CT09 = {
  code: 'CT-09' as const,
  title: { vi: 'Mỗi đơn vị có một đội sơ cấp cứu', en: 'Every unit has a first-aid team' },
  shortTitle: { vi: 'Đội sơ cấp cứu', en: 'First-aid team' },
  clause: 'Mục II.9',
  appliesTo: ['district' as const],
  rollupKinds: ['district' as const],
  target: { vi: '100% huyện có đội', en: 'Every district has a team' },
  ruleId: 'report_only' as const,
  schedule: { kind: 'deadline' as const, due: '2026-12-31' },
  rule: { vi: 'Báo cáo được duyệt', en: 'An approved report' },
};
const adopt = { templatePlanId: '48/KH-CTĐKG', planId: '7/KH-CTĐ-B', adoptedOn: '2025-01-01' };
const codeOf = (error: unknown) => (error as { code?: string }).code;

beforeAll(async () => {
  handle = await openTestDb();
  a = await createProvince(handle.db);
  b = await createProvince(handle.db);
  adminA = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
  adminB = await createUser(handle.db, { role: 'admin', unitId: b.province.id });
  reviewerB = await createUser(handle.db, { role: 'reviewer', unitId: b.province.id });
  cadreB = await createUser(handle.db, { role: 'cadre', unitId: b.districtA.id });
  central = await createUser(handle.db, { role: 'national', unitId: a.province.id });
  await handle.db.deleteFrom('plan_adoptions').execute();
  await handle.db
    .insertInto('plan_adoptions')
    .values({ province_id: a.province.id, plan_id: '48/KH-CTĐKG', adopted_on: '2022-01-01' })
    .execute();
}, 180_000);
afterAll(() => handle.close());

describe('a province without a plan adopts a template copy', () => {
  it('refuses non-administrators, and offers plan 48 as the template', async () => {
    for (const user of [reviewerB, cadreB, central]) {
      const refused = await (await callerAs(handle.db, user)).plan.adopt(adopt).catch((e) => e);
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    const seen = await (await callerAs(handle.db, adminB)).plan.adoption();
    expect(seen.adoption).toBeNull();
    expect(seen.templates.map((t) => t.id)).toEqual(['48/KH-CTĐKG']);
    expect(await handle.db.selectFrom('plan_adoptions').select('province_id').execute()).toEqual([
      { province_id: a.province.id },
    ]);
  });

  it('adopts for its own province only, once, under a number of its own', async () => {
    const asB = await callerAs(handle.db, adminB);
    const taken = await asB.plan.adopt({ ...adopt, planId: '48/KH-CTĐKG' }).catch((e) => e);
    expect(codeOf(taken)).toBe('BAD_REQUEST');
    const adopted = await asB.plan.adopt(adopt);
    expect(adopted).toMatchObject({ provinceId: b.province.id, planId: '7/KH-CTĐ-B' });
    expect((await asB.plan.adoption()).adoption?.planId).toBe('7/KH-CTĐ-B');
    expect(codeOf(await asB.plan.adopt({ ...adopt, planId: 'KH-khac' }).catch((e) => e))).toBe(
      'CONFLICT',
    );
    // Province A already runs plan 48: it cannot adopt, and B's number is not free anyway.
    const asA = await callerAs(handle.db, adminA);
    expect(codeOf(await asA.plan.adopt(adopt).catch((e) => e))).toBe('CONFLICT');
    expect((await asA.plan.adoption()).adoption?.planId).toBe('48/KH-CTĐKG');
    const events = await handle.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id', 'unit_id'])
      .where('action', '=', 'plan.adopt')
      .execute();
    expect(events).toEqual([{ action: 'plan.adopt', actor_id: adminB.id, unit_id: b.province.id }]);
  });

  it('amends its own copy through the amendment flow; plan 48 and province A are unchanged', async () => {
    const asB = await callerAs(handle.db, adminB);
    const asA = await callerAs(handle.db, adminA);
    const preview = await asB.plan.previewAmendment(
      amendment([{ type: 'add_indicator', indicator: CT09 }]),
    );
    expect(preview.problems).toEqual([]);
    expect(
      preview.units
        .filter((u) => u.gains.includes('CT-09'))
        .map((u) => u.unit.id)
        .sort(),
    ).toEqual([b.districtA.id, b.districtB.id].sort());
    const recorded = await asB.plan.recordAmendment(
      amendment([
        { type: 'add_indicator', indicator: CT09 },
        { type: 'retire_indicator', indicator: 'CT-07' },
      ]),
    );
    const row = await handle.db
      .selectFrom('plan_amendments')
      .select('plan_id')
      .where('id', '=', recorded.id)
      .executeTakeFirstOrThrow();
    expect(row.plan_id).toBe('7/KH-CTĐ-B');
    const planB = await asB.plan.get({ asOf: '2026-06-15' });
    expect(planB.plan.id).toBe('7/KH-CTĐ-B');
    expect(planB.indicators.map((i) => i.code)).toContain('CT-09');
    expect(planB.indicators.map((i) => i.code)).not.toContain('CT-07');
    const planA = await asA.plan.get({ asOf: '2026-06-15' });
    expect(planA.indicators.map((i) => i.code)).toContain('CT-07');
    expect(planA.indicators.map((i) => i.code)).not.toContain('CT-09');
    expect((await asA.plan.amendments()).map((x) => x.id)).not.toContain(recorded.id);
    // Before the amendment's date the copy is plan 48's text.
    const early = await asB.plan.get({ asOf: '2025-12-31' });
    expect(early.indicators.map((i) => i.code)).toEqual(planA.indicators.map((i) => i.code));
  });
});

describe('reports follow the plan in force for the unit', () => {
  it('takes a report on an added indicator, and compliance judges it', async () => {
    const asCadre = await callerAs(handle.db, cadreB);
    let report = await asCadre.reports.save({
      unitId: b.districtA.id,
      indicator: 'CT-09',
      periodKey: 'by-2026',
      claimsMet: true,
      note: 'Đội sơ cấp cứu đã thành lập',
      links: [],
      version: null,
    });
    report = await asCadre.reports.submit({ reportId: report.id, version: report.version });
    await (await callerAs(handle.db, reviewerB)).reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'approve',
      comment: '',
    });
    const asB = await callerAs(handle.db, adminB);
    const unit = await asB.compliance.unit({ unitId: b.districtA.id, asOf: '2026-06-15' });
    expect(unit.evaluations.find((e) => e.indicator === 'CT-09')?.state).toBe('met');
    const matrix = await asB.compliance.matrix({ asOf: '2026-06-15', year: 2026 });
    expect(matrix.rollups.find((r) => r.indicator === 'CT-09')?.label.vi).toBe(
      '1/2 huyện, thành Hội (50%)',
    );
  });

  it('refuses a retired indicator, one the plan never had, and one of another province', async () => {
    const asCadre = await callerAs(handle.db, cadreB);
    const save = (indicator: string, periodKey = 'by-2026', unitId = b.districtA.id) =>
      asCadre.reports
        .save({
          unitId,
          indicator: indicator as 'CT-01',
          periodKey,
          claimsMet: true,
          note: '',
          links: [],
          version: null,
        })
        .catch((e) => e);
    const retired = await save('CT-07', 'by-2025');
    expect(codeOf(retired)).toBe('BAD_REQUEST');
    expect(retired.cause?.messages).toEqual({
      vi: 'Kế hoạch có hiệu lực ngày 15/06/2026 không có chỉ tiêu CT-07.',
      en: 'The plan in force on 15/06/2026 has no indicator CT-07.',
    });
    expect(codeOf(await save('CT-42'))).toBe('BAD_REQUEST');
    expect(codeOf(await save('CT-09', 'by-2030'))).toBe('BAD_REQUEST');
    expect(codeOf(await save('not-a-code'))).toBe('BAD_REQUEST');
    // Province A's plan has no CT-09: its administrator cannot report on it.
    const asA = await callerAs(handle.db, adminA);
    const inA = await asA.reports
      .save({
        unitId: a.districtA.id,
        indicator: 'CT-09',
        periodKey: 'by-2026',
        claimsMet: true,
        note: '',
        links: [],
        version: null,
      })
      .catch((e) => e);
    expect(codeOf(inA)).toBe('BAD_REQUEST');
    const stored = await handle.db.selectFrom('reports').select('indicator').execute();
    expect(stored).toEqual([{ indicator: 'CT-09' }]);
  });
});

describe('the national overview judges each province by its own plan', () => {
  it("counts CT-07 for province A only, CT-09 for B only, each row as the province's matrix", async () => {
    const asCentral = await callerAs(handle.db, central);
    const asOf = '2026-06-15';
    const overview = await asCentral.compliance.overview({ asOf, year: 2026 });
    const codes = overview.indicators.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['CT-07', 'CT-09']));
    const rowOf = (id: string) => overview.rows.find((r) => r.unit.id === id);
    expect(rowOf(b.province.id)?.rollups['CT-07']).toEqual({ met: 0, applicable: 0 });
    expect(rowOf(b.province.id)?.rollups['CT-09']).toEqual({ met: 1, applicable: 2 });
    expect(rowOf(a.province.id)?.rollups['CT-09']).toEqual({ met: 0, applicable: 0 });
    expect(rowOf(a.province.id)?.rollups['CT-07']?.applicable).toBeGreaterThan(0);
    for (const row of overview.rows) {
      const level = await asCentral.compliance.matrix({ rootId: row.unit.id, asOf, year: 2026 });
      for (const r of level.rollups)
        expect(row.rollups[r.indicator]).toEqual({ met: r.met, applicable: r.applicable });
    }
    for (const r of overview.rollups) {
      const sum = overview.rows.reduce((n, row) => n + (row.rollups[r.indicator]?.met ?? 0), 0);
      expect(r.met).toBe(sum);
    }
  });
});
