// Every mutation of the tRPC router, called as an administrator (so input reaches
// validation) with one field of a valid input made hostile: never an internal error, never
// a leak in the answer, nothing stored when refused, and a zod refusal (400) for anything
// PostgreSQL could not store or the plan does not allow.
import { BASE_PLAN, DEFAULT_NOTICE_RULES, REPORTING_DEADLINES } from '@lantoa/domain';
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { DbHandle } from '../db/create-db.js';
import { callerAs } from '../test/caller.js';
import {
  facebookConnection,
  facebookPageRecord,
  TEST_PAGE_TOKEN,
} from '../test/facebook-procedure-cases.js';
import { adoptPlanFor, createProvince, createUser, TEST_PASSWORD } from '../test/factories.js';
import { corrupted, LEAK, mustBeRefused, tableCounts } from '../test/hostile.js';
import type { Fixture } from '../test/scope-fixture.js';
import { openTestDb } from '../test/test-db.js';
import { appRouter } from './app-router.js';

// Modest on purpose: this runs in `npm test` on both engines, on two shared cores.
// HOSTILE_RUNS=200 searches harder, on demand.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 12);

let handle: DbHandle;
let call: (path: string, input: unknown) => Promise<unknown>;
const valid: Record<string, unknown[]> = {};

async function buildFixtures() {
  const db = handle.db;
  const tree = await createProvince(db);
  // It runs plan 48, so its administrator may amend it (decision 32).
  await adoptPlanFor(db, tree.province.id);
  const admin = await createUser(db, { role: 'admin', unitId: tree.province.id });
  const cadre = await createUser(db, { role: 'cadre', unitId: tree.districtA.id });
  const asAdmin = await callerAs(db, admin);
  const asCadre = await callerAs(db, cadre);
  const caller = asAdmin as unknown as Record<string, Record<string, (i: unknown) => unknown>>;
  call = async (path, input) => {
    const [group, name] = path.split('.') as [string, string];
    return (caller[group] as Record<string, (i: unknown) => unknown>)[name]?.(input);
  };
  // An appeal of district A with one pledge not yet received (the public form's row).
  const appealRow = await db
    .insertInto('appeals')
    .values({
      unit_id: tree.districtA.id,
      code: 'vd-hostile',
      title: 'Ủng hộ lũ lụt',
      story: 'Câu chuyện',
      target_amount: 100_000_000,
      starts_on: '2025-01-01',
      ends_on: '2099-12-31',
      bank_bin: '970436',
      account_number: '0011001234567',
      account_name: 'HOI CTD',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pledgeRow = await db
    .insertInto('pledges')
    .values({
      appeal_id: appealRow.id,
      reference: 'LTHOSTILE1',
      amount: 100_000,
      display_name: 'Người ủng hộ',
      contact_email: 'nguoi@example.vn',
      consent_version: 'giving-2026-01',
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  const giving = { id: appealRow.id, pledgeId: pledgeRow.id, pledgeVersion: pledgeRow.version };
  const driveRow = await db
    .insertInto('registration_drives')
    .values({
      unit_id: tree.districtA.id,
      code: 'hien-mau-hostile',
      kind: 'blood-donation',
      title: 'Ngày hội hiến máu',
      starts_on: '2026-12-01',
      ends_on: '2026-12-01',
      place: 'Nhà văn hóa',
      capacity: 100,
      is_open: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const registrationRow = await db
    .insertInto('registrations')
    .values({
      drive_id: driveRow.id,
      display_name: 'Người đăng ký',
      contact_phone: '0912345678',
      consent_version: 'registration-2026-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const link = { url: 'https://kg.redcross.vn/tin/1', label: 'Bài đăng' };
  const report = await asCadre.reports.save({
    unitId: tree.districtA.id,
    indicator: 'CT-05',
    periodKey: '2025',
    claimsMet: true,
    value: 3,
    note: 'Ghi chú',
    links: [link],
    version: null,
  });
  const submitted = await asCadre.reports.submit({ reportId: report.id, version: report.version });
  const training = {
    kind: 'training_course' as const,
    unitId: tree.districtA.id,
    heldOn: '2025-08-12',
    title: 'Tập huấn kỹ năng truyền thông',
    participants: 40,
    level: 'district' as const,
  };
  const record = await asAdmin.records.save({ id: null, version: null, record: training });
  const story = await asAdmin.stories.save({
    id: null,
    version: null,
    unitId: tree.districtA.id,
    title: 'Bà Tư và bếp ăn',
    summary: 'Mười năm nấu cơm',
    bodyHtml: '<p>Bếp ăn <strong>từ thiện</strong></p>',
    coverImageUrl: 'https://kg.redcross.vn/anh.jpg',
    tags: ['nguoi-tot-viec-thien'],
  });
  const amendment = await db
    .insertInto('plan_amendments')
    .values({
      plan_id: BASE_PLAN.id,
      effective_on: '2027-09-01',
      legal_number: '3/QĐ-CTĐ',
      legal_issued_on: '2026-05-01',
      legal_issuer: 'Hội CTĐ tỉnh',
      summary: 'Sắp có hiệu lực',
      changes: JSON.stringify([{ type: 'retire_indicator', indicator: 'CT-08' }]),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const ambassador = {
    id: null,
    version: null,
    name: 'Ca sĩ A',
    field: 'singer' as const,
    channels: [{ platform: 'Facebook', url: 'https://facebook.com/a', followers: 1000 }],
    photoUrl: 'https://kg.redcross.vn/a.jpg',
    contactEmail: 'a@kiengiang.vn',
    contactPhone: '0901 234 567',
    status: 'active' as const,
    termFrom: '2025-01-01',
    termTo: '2026-01-01',
    units: [{ unitId: tree.province.id, program: 'Hiến máu' }],
  };
  const saved = await asAdmin.ambassadors.save(ambassador);
  const consent = {
    ambassadorId: saved.id,
    purpose: 'Dùng hình ảnh',
    consentedOn: '2025-01-02',
    documentRef: 'GĐY-01',
  };
  const consentRow = await asAdmin.ambassadors.recordConsent(consent);
  const rename = (code: string, effectiveOn: string) => ({
    effectiveOn,
    title: 'Đổi tên chi hội',
    legalBasis: { number: '4/QĐ-CTĐ' },
    steps: [{ type: 'rename' as const, unit: code, name: 'Chi hội mới' }],
  });
  const planned = await asAdmin.reorganisations.applyAll({
    reorganisation: rename(tree.communeB.code, '2027-09-01'),
    versions: { [tree.communeB.code]: tree.communeB.version },
  });
  const merge = {
    effectiveOn: '2027-10-01',
    title: 'Sáp nhập',
    legalBasis: {},
    steps: [
      {
        type: 'merge' as const,
        sources: [tree.districtA.code],
        into: 'xa-hop-nhat',
        newUnit: {
          name: 'Hội CTĐ xã Hợp Nhất',
          kind: 'commune' as const,
          parentCode: tree.province.code,
        },
      },
    ],
  };
  // A Facebook page record to connect, and one already connected to disconnect.
  const pageFixture = { db, author: admin } as unknown as Fixture;
  const pageToConnect = await facebookPageRecord(pageFixture, tree.districtA.id);
  const connected = await facebookConnection(pageFixture, tree.districtA.id);
  Object.assign(valid, {
    'facebook.connect': [{ facebookPageId: pageToConnect.id, accessToken: TEST_PAGE_TOKEN }],
    'facebook.disconnect': [{ facebookPageId: connected.id, version: connected.version }],
    'units.create': [
      {
        code: 'xa-moi',
        name: 'Xã mới',
        kind: 'grassroots',
        parentId: tree.districtA.id,
        openedOn: '2025-01-01',
      },
    ],
    'units.rename': [
      { unitId: tree.communeA.id, version: 1, name: 'Xã A', effectiveOn: '2026-06-01' },
    ],
    'units.move': [
      {
        unitId: tree.communeA.id,
        version: 1,
        parentId: tree.districtB.id,
        effectiveOn: '2025-07-01',
      },
    ],
    'units.close': [
      {
        unitId: tree.communeB.id,
        version: 1,
        closedOn: '2025-07-01',
        mergedIntoId: tree.communeA.id,
      },
    ],
    'users.create': [
      {
        email: 'moi@test.lantoa.vn',
        name: 'Cán bộ mới',
        role: 'cadre',
        unitId: tree.districtA.id,
        password: 'Mat-khau-rat-dai-2025',
      },
    ],
    'users.update': [{ id: cadre.id, version: cadre.version, name: 'Tên mới', isDisabled: false }],
    'users.invite': [
      {
        email: 'moi.moi@test.lantoa.vn',
        name: 'Cán bộ được mời',
        role: 'cadre',
        unitId: tree.districtA.id,
      },
    ],
    'account.changePassword': [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }],
    'notices.markRead': [{ ids: ['00000000-0000-4000-8000-000000000000'] }],
    'notices.savePreferences': [
      {
        lang: 'vi',
        email: true,
        zalo: true,
        zaloUserId: '8123',
        quietStart: '21:00',
        quietEnd: '07:00',
        digest: true,
      },
    ],
    'notices.resend': [{ deliveryId: '00000000-0000-4000-8000-000000000000' }],
    'notices.saveRules': [{ rules: DEFAULT_NOTICE_RULES, version: 0 }],
    'reports.save': [
      {
        unitId: tree.districtB.id,
        indicator: 'CT-05',
        periodKey: '2025',
        claimsMet: true,
        value: 12.5,
        note: 'Dòng một\nDòng hai',
        links: [link],
        version: null,
      },
    ],
    'reports.submit': [{ reportId: report.id, version: report.version }],
    'reports.comment': [{ id: report.id, body: 'Nhận xét về báo cáo' }],
    'reports.review': [
      {
        reportId: submitted.id,
        version: submitted.version,
        decision: 'return',
        comment: 'Bổ sung',
      },
    ],
    'compliance.submitDeadline': [
      {
        unitId: tree.districtA.id,
        deadlineId: REPORTING_DEADLINES[0]?.id,
        submittedOn: '2025-03-01',
        link: 'https://kg.redcross.vn/kh',
        note: 'Đã nộp',
      },
    ],
    'records.save': [
      { id: null, version: null, record: training },
      {
        id: null,
        version: null,
        record: {
          kind: 'facebook_page',
          unitId: tree.districtA.id,
          url: 'https://facebook.com/ctd',
          name: 'Chữ thập đỏ huyện',
          isFanpage: true,
          createdOn: '2020-01-01',
          lastPostOn: '2025-06-01',
          recentPostCount: 8,
          lastCheckedOn: '2025-06-02',
        },
      },
      {
        id: null,
        version: null,
        record: {
          kind: 'app_milestone',
          unitId: tree.province.id,
          milestone: 'pilot',
          reachedOn: '2025-04-01',
          note: 'Thí điểm',
        },
      },
    ],
    'records.delete': [{ kind: 'training_course', id: record.id, version: record.version }],
    'records.saveCampaign': [
      {
        id: null,
        version: null,
        title: 'Tháng nhân đạo',
        kind: 'campaign',
        organiser: 'province',
        startsOn: '2025-05-01',
        endsOn: '2025-06-01',
        targetKinds: ['district'],
      },
    ],
    'stories.save': [
      {
        id: null,
        version: null,
        unitId: tree.districtA.id,
        title: 'Người tốt',
        summary: 'Tóm tắt',
        bodyHtml: '<p>Nội dung</p>',
        coverImageUrl: 'https://kg.redcross.vn/b.jpg',
        tags: ['a'],
      },
    ],
    'stories.act': [{ id: story.id, version: story.version, action: 'return', comment: 'Sửa' }],
    'stories.comment': [{ id: story.id, body: 'Nhận xét về bài viết' }],
    'ambassadors.save': [ambassador],
    'ambassadors.addAppearance': [
      {
        ambassadorId: saved.id,
        appearedOn: '2025-03-01',
        event: 'Ngày hội',
        kind: 'sự kiện',
        reach: 500,
      },
    ],
    'ambassadors.recordConsent': [consent],
    'ambassadors.withdrawConsent': [{ consentId: consentRow.id, withdrawnOn: '2025-06-01' }],
    'ambassadors.erase': [{ id: saved.id }],
    'plan.recordAmendment': [
      {
        effectiveOn: '2027-06-01',
        legalBasis: { number: '9/QĐ-CTĐ', issuedOn: '2026-05-01', issuer: 'Hội CTĐ tỉnh' },
        summary: 'Dòng một\nDòng hai',
        changes: [
          { type: 'set_target', indicator: 'CT-07', target: { vi: 'Hai ấn phẩm', en: 'Two' } },
          {
            type: 'set_unit_kinds',
            indicator: 'CT-01',
            appliesTo: ['commune'],
            rollupKinds: ['commune'],
          },
        ],
      },
    ],
    'plan.withdrawAmendment': [{ id: amendment.id, version: amendment.version }],
    'plan.adopt': [{ templatePlanId: '48/KH-CTĐKG', planId: '9/KH-CTĐ', adoptedOn: '2026-01-01' }],
    'reorganisations.preview': [merge, rename(tree.communeA.code, '2027-08-01')],
    'reorganisations.importFile': [
      {
        effectiveOn: '2027-10-01',
        title: 'Danh sách',
        fileName: 'danh-sach.csv',
        contentBase64: Buffer.from(
          `Mã cũ,Mã mới,Tên,Cấp,Cấp trên\n${tree.districtA.code},xa-moi-2,Xã Mới,commune,${tree.province.code}\n`,
        ).toString('base64'),
      },
    ],
    'reorganisations.applyAll': [
      {
        reorganisation: rename(tree.communeA.code, '2027-08-01'),
        versions: { [tree.communeA.code]: 1 },
      },
    ],
    'reorganisations.cancel': [{ id: planned.id, version: planned.version }],
    'appeals.save': [
      {
        id: null,
        version: null,
        unitId: tree.districtA.id,
        code: 'lu-lut-hostile',
        title: 'Ủng hộ đồng bào lũ lụt',
        story: 'Bà con cần giúp đỡ.',
        targetAmount: 100_000_000,
        startsOn: '2026-01-01',
        endsOn: '2099-12-31',
        bankBin: '970436',
        accountNumber: '0011001234567',
        accountName: 'HOI CTD TINH',
      },
    ],
    'appeals.receive': [
      {
        appealId: giving.id,
        receipts: [
          {
            pledgeId: giving.pledgeId,
            version: giving.pledgeVersion,
            amount: 100_000,
            receivedOn: '2026-06-01',
            statementRow: null,
          },
        ],
      },
    ],
    'appeals.previewStatement': [
      {
        appealId: giving.id,
        fileName: 'sao-ke.csv',
        contentBase64: Buffer.from('Ngày,Số tiền,Nội dung\n01/06/2026,100000,LT123\n').toString(
          'base64',
        ),
      },
    ],
    'appeals.recordDisbursement': [
      {
        appealId: giving.id,
        spentOn: '2026-06-02',
        recipientGroup: 'Hộ dân vùng lũ',
        amount: 50_000,
        evidenceUrl: 'https://kg.redcross.vn/chi-tieu/1',
      },
    ],
    'appeals.erasePledge': [{ pledgeId: giving.pledgeId }],
    'drives.save': [
      {
        id: null,
        version: null,
        unitId: tree.districtA.id,
        code: 'tnv-hostile',
        kind: 'volunteer',
        title: 'Tình nguyện viên mùa lũ',
        description: 'Dòng một\nDòng hai',
        startsOn: '2026-11-01',
        endsOn: '2026-12-31',
        place: 'Trụ sở Hội',
        capacity: 20,
        isOpen: true,
      },
    ],
    'drives.eraseRegistration': [{ registrationId: registrationRow.id }],
    'officialReports.generate': [
      {
        unitId: tree.districtA.id,
        kind: 'annual',
        year: 2025,
        number: '15/BC-CTĐ',
        place: 'Kiên Giang',
        issuedOn: '2026-01-05',
        signingAuthority: 'TM. BAN THƯỜNG VỤ',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Nguyễn Văn A',
        recipients: ['Trung ương Hội CTĐ Việt Nam'],
        assessment: 'Dòng một\nDòng hai',
        proposals: '',
      },
    ],
  });
}

beforeAll(async () => {
  handle = await openTestDb();
  await buildFixtures();
});
afterAll(() => handle.close());

const MUTATIONS = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
)
  .filter(([, procedure]) => procedure._def.type === 'mutation')
  .map(([path]) => path)
  .sort();

function expectCleanRefusal(path: string, input: unknown, error: unknown) {
  expect(error).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).not.toBe('INTERNAL_SERVER_ERROR');
  expect(getHTTPStatusCodeFromError(trpcError)).toBeLessThan(500);
  const shape = getTRPCErrorShape({
    config: appRouter._def._config,
    error: trpcError,
    type: 'mutation',
    path,
    input,
    ctx: { lang: 'vi' } as never,
  });
  expect(shape.message).not.toMatch(LEAK);
  expect(JSON.stringify(shape.data)).not.toContain('"stack"');
}

describe('hostile input to every mutation', () => {
  it('covers every mutation the router has', () => {
    expect(MUTATIONS).toEqual(Object.keys(valid).sort());
  });

  it('a second record of a once-per-unit kind is a 400, not a unique-violation 500', async () => {
    const milestone = valid['records.save']?.[2];
    await call('records.save', milestone);
    const before = await tableCounts(handle.db);
    const error = await call('records.save', milestone).then(
      () => null,
      (err: unknown) => err as TRPCError,
    );
    expect(error?.code).toBe('BAD_REQUEST');
    expect(error?.message).toBe(
      'The unit already has this record (each app milestone and campaign is recorded once)',
    );
    expect(await tableCounts(handle.db)).toEqual(before);
  });

  it.each(MUTATIONS)('%s: refuses cleanly and stores nothing on refusal', async (path) => {
    const examples = valid[path] ?? [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...examples).chain(corrupted),
        async ({ leaf, value, input }) => {
          const before = await tableCounts(handle.db);
          let error: unknown = null;
          try {
            await call(path, input);
          } catch (err) {
            error = err;
          }
          if (mustBeRefused(leaf, value)) {
            expect((error as TRPCError | null)?.code).toBe('BAD_REQUEST');
            expect((error as TRPCError).cause).toBeInstanceOf(ZodError);
          }
          if (error === null) return;
          expectCleanRefusal(path, input, error);
          expect(await tableCounts(handle.db)).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
