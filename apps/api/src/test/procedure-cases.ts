// One or more cases per tRPC procedure for the generated scope matrix: the policy action
// that decides it, the record state it meets, the rows it needs, and the call. The
// expected answer of every cell comes from the domain policy, never from this file.
import type { Action, RecordState } from '@lantoa/domain';
import type { callerAs } from './caller.js';
import { FACEBOOK_CASES } from './facebook-procedure-cases.js';
import { TEST_PASSWORD } from './factories.js';
import { GIVING_CASES } from './giving-procedure-cases.js';
import type { Fixture, MatrixRelation } from './scope-fixture.js';
import * as rows from './scope-rows.js';
import { ids, WORKFLOW_CASES } from './workflow-cases.js';

type Caller = Awaited<ReturnType<typeof callerAs>>;
type Prepared = rows.Prepared;

export interface ProcedureCase {
  path: string;
  variant?: string;
  action: Action;
  state?: RecordState;
  /** Whether the caller's province runs an adopted plan, as `prepare` leaves it: the
   *  policy is asked with it (actions on the province's own plan, decision 32). */
  hasAdoptedPlan?: boolean;
  /** The answer does not depend on a unit: the policy is asked with no relation. */
  isUnitless?: boolean;
  /** A row a province owns (an ambassador, a campaign), prepared for the target unit's
   *  province: only another province's is refused by relation (decision 20). */
  isProvinceOwned?: boolean;
  /** A second action that also allows the call (creating a campaign: a province's board
   *  makes the province's, Central its own): the cell is OK when either allows it. */
  orAction?: Action;
  /** A list: out of scope shows as absence, and `shows` says whether the row is there. */
  shows?: (answer: unknown, p: Prepared) => boolean;
  /** A cell the policy allows but the target unit cannot take (its kind): that answer. */
  whenAllowed?: (relation: MatrixRelation, f: Fixture) => 'OK' | 'BAD_REQUEST';
  prepare?: (f: Fixture, unitId: string) => Promise<Prepared>;
  call: (c: Caller, unitId: string, p: Prepared, f: Fixture) => Promise<unknown>;
}

const NONE: Prepared = { id: '', version: 0 };
const profile = (unitId: string) => ({
  id: null,
  version: null,
  name: 'Ca sĩ B',
  field: 'singer' as const,
  channels: [],
  photoUrl: null,
  contactEmail: null,
  contactPhone: null,
  status: 'active' as const,
  termFrom: null,
  termTo: null,
  units: [{ unitId, program: 'Tháng Nhân đạo' }],
});

export const PROCEDURE_CASES: ProcedureCase[] = [
  { path: 'plan.get', action: 'plan.read', isUnitless: true, call: (c) => c.plan.get() },
  {
    path: 'plan.amendments',
    action: 'plan.readAmendments',
    isUnitless: true,
    call: (c) => c.plan.amendments(),
  },
  {
    path: 'plan.adoption',
    action: 'plan.readAmendments',
    isUnitless: true,
    call: (c) => c.plan.adoption(),
  },
  {
    path: 'plan.adopt',
    action: 'plan.adopt',
    isUnitless: true,
    prepare: rows.noAdoptions,
    call: (c) =>
      c.plan.adopt({
        templatePlanId: '48/KH-CTĐKG',
        planId: `KH-${Math.random().toString(36).slice(2, 8)}`,
        adoptedOn: '2026-01-01',
      }),
  },
  // Amending needs a plan the caller's province adopted (decision 32): each procedure once
  // with one, and once without, where the policy answers `no-plan`.
  ...[true, false].flatMap((hasAdoptedPlan): ProcedureCase[] => {
    const variant = hasAdoptedPlan ? undefined : 'no plan adopted';
    const ready = hasAdoptedPlan ? rows.adopted : rows.noAdoptions;
    return [
      {
        path: 'plan.previewAmendment',
        variant,
        action: 'plan.amend',
        isUnitless: true,
        hasAdoptedPlan,
        prepare: ready,
        call: (c) => c.plan.previewAmendment(rows.amendmentInput()),
      },
      {
        path: 'plan.recordAmendment',
        variant,
        action: 'plan.amend',
        isUnitless: true,
        hasAdoptedPlan,
        prepare: ready,
        call: (c) => c.plan.recordAmendment(rows.amendmentInput()),
      },
      {
        path: 'plan.withdrawAmendment',
        variant,
        action: 'plan.amend',
        isUnitless: true,
        hasAdoptedPlan,
        prepare: hasAdoptedPlan ? rows.adoptedAmendment : rows.amendmentWithoutAdoption,
        call: (c, _u, p) => c.plan.withdrawAmendment(p),
      },
    ];
  }),
  {
    path: 'units.children',
    action: 'unit.read',
    call: (c, parentId) => c.units.children({ parentId }),
  },
  {
    path: 'units.search',
    action: 'unit.read',
    shows: (a, p) => ids((a as { items: unknown }).items).includes(p.id),
    prepare: async (_f, u) => ({ id: u, version: 0 }),
    call: (c, unitId) => c.units.search({ underUnitId: unitId, limit: 50 }),
  },
  {
    path: 'units.provinces',
    action: 'unit.read',
    isUnitless: true,
    call: (c) => c.units.provinces(),
  },
  {
    path: 'units.create',
    action: 'unit.create',
    isUnitless: true,
    call: (c, _u, _p, f) =>
      c.units.create({
        code: `x-${Math.random().toString(36).slice(2, 8)}`,
        name: 'Chi hội mới',
        kind: 'grassroots',
        parentId: f.units.own,
        openedOn: '2025-01-01',
      }),
  },
  {
    path: 'units.rename',
    action: 'unit.rename',
    prepare: rows.versionOfUnit,
    call: (c, unitId, p) =>
      c.units.rename({ unitId, version: p.version, name: 'Tên mới', effectiveOn: '2026-06-01' }),
  },
  {
    path: 'units.move',
    action: 'unit.move',
    isUnitless: true,
    prepare: rows.grassrootsUnit,
    call: (c, _u, p, f) =>
      c.units.move({
        unitId: p.id,
        version: p.version,
        parentId: f.units.sibling,
        effectiveOn: '2026-01-01',
      }),
  },
  {
    path: 'units.close',
    action: 'unit.close',
    isUnitless: true,
    prepare: rows.grassrootsUnit,
    call: (c, _u, p) => c.units.close({ unitId: p.id, version: p.version, closedOn: '2026-01-01' }),
  },
  {
    path: 'reorganisations.list',
    action: 'unit.reorganise',
    isUnitless: true,
    call: (c) => c.reorganisations.list(),
  },
  {
    path: 'reorganisations.get',
    action: 'unit.reorganise',
    isUnitless: true,
    prepare: rows.plannedReorganisation,
    call: (c, _u, p) => c.reorganisations.get({ id: p.id }),
  },
  {
    path: 'reorganisations.preview',
    action: 'unit.reorganise',
    isUnitless: true,
    prepare: rows.unitToReorganise,
    call: (c, _u, p) => c.reorganisations.preview(rows.renameReorganisation(p.code as string)),
  },
  {
    path: 'reorganisations.importFile',
    action: 'unit.reorganise',
    isUnitless: true,
    prepare: rows.unitToReorganise,
    call: (c, _u, p) =>
      c.reorganisations.importFile({
        effectiveOn: '2026-09-01',
        title: 'Danh sách',
        fileName: 'ds.csv',
        contentBase64: Buffer.from(
          `old code,new code,name,kind,parent\n${p.code},${p.code},Chi hội mới,,\n`,
        ).toString('base64'),
      }),
  },
  {
    path: 'reorganisations.applyAll',
    action: 'unit.reorganise',
    isUnitless: true,
    prepare: rows.unitToReorganise,
    call: (c, _u, p) =>
      c.reorganisations.applyAll({
        reorganisation: rows.renameReorganisation(p.code as string),
        versions: { [p.code as string]: p.version },
      }),
  },
  {
    path: 'reorganisations.cancel',
    action: 'unit.reorganise',
    isUnitless: true,
    prepare: rows.plannedReorganisation,
    call: (c, _u, p) => c.reorganisations.cancel(p),
  },
  {
    path: 'compliance.matrix',
    action: 'unit.read',
    call: (c, rootId) => c.compliance.matrix({ rootId }),
  },
  {
    path: 'compliance.overview',
    action: 'unit.read',
    // The provinces the caller may read: none of another's, which the list leaves out.
    isUnitless: true,
    call: (c) => c.compliance.overview({}),
  },
  {
    path: 'compliance.unit',
    action: 'unit.read',
    call: (c, unitId) => c.compliance.unit({ unitId }),
  },
  {
    path: 'compliance.deadlines',
    action: 'unit.read',
    call: (c, rootId) => c.compliance.deadlines({ rootId }),
  },
  {
    path: 'compliance.submitDeadline',
    action: 'unit.editData',
    // The plan's deadlines bind districts and the province, not grassroots units.
    whenAllowed: (relation, f) => (f.kinds[relation] === 'grassroots' ? 'BAD_REQUEST' : 'OK'),
    call: (c, unitId, _p, f) =>
      c.compliance.submitDeadline({
        unitId,
        deadlineId: unitId === f.units.ancestor ? 'mid-term-review' : 'own-plan',
        submittedOn: '2025-03-01',
        link: null,
        note: '',
      }),
  },
  {
    path: 'records.ofUnit',
    action: 'unit.read',
    call: (c, unitId) => c.records.ofUnit({ unitId }),
  },
  {
    path: 'records.ofKind',
    action: 'unit.read',
    call: (c, unitId) => c.records.ofKind({ unitId, kind: 'training_course' }),
  },
  {
    path: 'records.save',
    action: 'unit.editData',
    call: (c, unitId) =>
      c.records.save({
        id: null,
        version: null,
        record: {
          kind: 'training_course',
          unitId,
          heldOn: '2025-08-12',
          title: 'Tập huấn',
          participants: 30,
          level: 'district',
        },
      }),
  },
  {
    path: 'records.delete',
    action: 'unit.editData',
    prepare: rows.course,
    call: (c, _u, p) => c.records.delete({ kind: 'training_course', ...p }),
  },
  {
    path: 'records.campaigns',
    action: 'campaign.read',
    isProvinceOwned: true,
    shows: (a, p) => ids((a as { items: unknown }).items).includes(p.id),
    prepare: rows.campaign,
    call: (c) => c.records.campaigns({ limit: 200 }),
  },
  {
    path: 'records.saveCampaign',
    variant: 'edit',
    action: 'campaign.save',
    isProvinceOwned: true,
    prepare: rows.campaign,
    call: (c, _u, p) =>
      c.records.saveCampaign({
        id: p.id,
        version: p.version,
        title: 'Tháng Nhân đạo (sửa)',
        kind: 'campaign',
        organiser: 'province',
        startsOn: '2025-05-01',
        endsOn: '2025-05-31',
        targetKinds: ['district'],
      }),
  },
  {
    path: 'records.saveCampaign',
    variant: "edit Central's",
    action: 'campaign.saveNational',
    isUnitless: true,
    prepare: rows.centralCampaign,
    call: (c, _u, p) =>
      c.records.saveCampaign({
        id: p.id,
        version: p.version,
        title: 'Ngày Chữ thập đỏ (sửa)',
        kind: 'campaign',
        organiser: 'central',
        startsOn: '2025-05-01',
        endsOn: '2025-05-31',
        targetKinds: ['commune'],
      }),
  },
  {
    path: 'records.saveCampaign',
    action: 'campaign.save',
    orAction: 'campaign.saveNational',
    isUnitless: true,
    call: (c) =>
      c.records.saveCampaign({
        id: null,
        version: null,
        title: 'Tháng Nhân đạo',
        kind: 'campaign',
        organiser: 'province',
        startsOn: '2025-05-01',
        endsOn: '2025-05-31',
        targetKinds: ['district'],
      }),
  },
  ...WORKFLOW_CASES,
  {
    path: 'ambassadors.list',
    action: 'ambassador.read',
    isProvinceOwned: true,
    shows: (a, p) => ids((a as { items: unknown }).items).includes(p.id),
    prepare: (f, u) => rows.ambassador(f, u),
    call: (c) => c.ambassadors.list({ limit: 200 }),
  },
  {
    path: 'ambassadors.get',
    action: 'ambassador.read',
    isProvinceOwned: true,
    prepare: (f, u) => rows.ambassador(f, u),
    call: (c, _u, p) => c.ambassadors.get({ id: p.id }),
  },
  {
    path: 'ambassadors.save',
    action: 'ambassador.manage',
    call: (c, unitId) => c.ambassadors.save(profile(unitId)),
  },
  {
    path: 'ambassadors.addAppearance',
    action: 'ambassador.manage',
    isProvinceOwned: true,
    prepare: (f, u) => rows.ambassador(f, u),
    call: (c, _u, p) =>
      c.ambassadors.addAppearance({
        ambassadorId: p.id,
        appearedOn: '2025-05-08',
        event: 'Ngày Chữ thập đỏ',
        kind: 'event',
        reach: 1000,
      }),
  },
  {
    path: 'ambassadors.recordConsent',
    action: 'ambassador.manage',
    isProvinceOwned: true,
    prepare: (f, u) => rows.ambassador(f, u),
    call: (c, _u, p) =>
      c.ambassadors.recordConsent({
        ambassadorId: p.id,
        purpose: 'Hình ảnh',
        consentedOn: '2025-01-05',
        documentRef: 'CV-02',
      }),
  },
  {
    path: 'ambassadors.withdrawConsent',
    action: 'ambassador.manage',
    isProvinceOwned: true,
    prepare: (f, u) => rows.consent(f, u),
    call: (c, _u, p) =>
      c.ambassadors.withdrawConsent({ consentId: p.id, withdrawnOn: '2025-06-01' }),
  },
  {
    path: 'ambassadors.exportData',
    action: 'ambassador.manage',
    isProvinceOwned: true,
    prepare: (f, u) => rows.ambassador(f, u),
    call: (c, _u, p) => c.ambassadors.exportData({ id: p.id }),
  },
  {
    path: 'ambassadors.erase',
    action: 'ambassador.erase',
    isProvinceOwned: true,
    prepare: (f, u) => rows.ambassador(f, u),
    call: (c, _u, p) => c.ambassadors.erase({ id: p.id }),
  },
  {
    path: 'users.list',
    action: 'user.manage',
    shows: (a, p) => ids((a as { items: unknown }).items).includes(p.id),
    prepare: rows.viewerAt,
    call: (c) => c.users.list({ limit: 200 }),
  },
  {
    path: 'users.signInAlerts',
    action: 'user.manage',
    isUnitless: true,
    call: (c) => c.users.signInAlerts(),
  },
  {
    path: 'users.create',
    action: 'user.manage',
    call: (c, unitId) =>
      c.users.create({
        email: `u-${Math.random().toString(36).slice(2, 10)}@example.vn`,
        name: 'Người mới',
        role: 'viewer',
        unitId,
        password: 'Mat-khau-rat-dai-2025',
      }),
  },
  {
    path: 'users.update',
    action: 'user.manage',
    prepare: rows.viewerAt,
    call: (c, _u, p) => c.users.update({ id: p.id, version: p.version, name: 'Tên khác' }),
  },
  {
    path: 'users.invite',
    action: 'user.manage',
    call: (c, unitId) =>
      c.users.invite({
        email: `i-${Math.random().toString(36).slice(2, 10)}@example.vn`,
        name: 'Người được mời',
        role: 'viewer',
        unitId,
      }),
  },
  {
    path: 'account.changePassword',
    action: 'account.changePassword',
    isUnitless: true,
    // The same password again: every cell's user keeps the one the next cell signs in with.
    call: (c) =>
      c.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  },
  {
    path: 'notices.mine',
    action: 'notice.readOwn',
    isUnitless: true,
    call: (c) => c.notices.mine(),
  },
  {
    path: 'notices.unreadCount',
    action: 'notice.readOwn',
    isUnitless: true,
    call: (c) => c.notices.unreadCount(),
  },
  {
    path: 'notices.markRead',
    action: 'notice.readOwn',
    isUnitless: true,
    call: (c) => c.notices.markRead({ all: true }),
  },
  {
    path: 'notices.preferences',
    action: 'notice.readOwn',
    isUnitless: true,
    call: (c) => c.notices.preferences(),
  },
  {
    path: 'notices.savePreferences',
    action: 'notice.readOwn',
    isUnitless: true,
    call: (c) =>
      c.notices.savePreferences({
        lang: 'vi',
        email: true,
        zalo: false,
        zaloUserId: '',
        quietStart: '21:00',
        quietEnd: '07:00',
        digest: true,
      }),
  },
  {
    path: 'notices.deliveries',
    action: 'notice.manage',
    isUnitless: true,
    call: (c) => c.notices.deliveries({ status: 'all', limit: 10 }),
  },
  {
    path: 'notices.resend',
    action: 'notice.manage',
    isUnitless: true,
    prepare: rows.failedDelivery,
    call: (c, _u, p) => c.notices.resend({ deliveryId: p.id }),
  },
  {
    path: 'notices.demoOutbox',
    action: 'notice.manage',
    isUnitless: true,
    call: (c) => c.notices.demoOutbox(),
  },
  {
    path: 'notices.rules',
    action: 'notice.manage',
    isUnitless: true,
    call: (c) => c.notices.rules(),
  },
  {
    path: 'notices.saveRules',
    action: 'notice.manage',
    isUnitless: true,
    call: async (c) => {
      const current = await c.notices.rules();
      return c.notices.saveRules(current);
    },
  },
  {
    path: 'audit.list',
    action: 'audit.read',
    isUnitless: true,
    call: (c) => c.audit.list({ limit: 5 }),
  },
  {
    path: 'officialReports.generate',
    action: 'officialReport.generate',
    call: (c, unitId) => c.officialReports.generate(rows.officialReportInput(unitId)),
  },
  {
    path: 'officialReports.list',
    action: 'officialReport.read',
    prepare: rows.officialReport,
    shows: (answer, p) => (answer as { id: string }[]).some((r) => r.id === p.id),
    call: (c) => c.officialReports.list(),
  },
  { path: 'audit.verify', action: 'audit.read', isUnitless: true, call: (c) => c.audit.verify() },
  ...GIVING_CASES,
  ...FACEBOOK_CASES,
];

export const NOTHING_PREPARED = NONE;
