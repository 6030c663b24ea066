// Scope-matrix cases of appeals.* (see procedure-cases.ts): every call acts on an appeal
// of the cell's unit, prepared with one pledge not yet received.
import type { ProcedureCase } from './procedure-cases.js';
import * as rows from './scope-rows.js';
import { ids } from './workflow-cases.js';

type AppealPrepared = Awaited<ReturnType<typeof rows.appeal>>;
const a = (p: unknown) => p as AppealPrepared;
const r = (p: unknown) => (p as Awaited<ReturnType<typeof rows.drive>>).registrationId;
const CSV = Buffer.from('Ngày,Số tiền ghi có,Nội dung\n20/11/2026,100000,CHUYEN TIEN\n').toString(
  'base64',
);

export const GIVING_CASES: ProcedureCase[] = [
  {
    path: 'appeals.list',
    action: 'appeal.read',
    shows: (answer, p) => ids(answer).includes(p.id),
    prepare: rows.appeal,
    call: (c) => c.appeals.list(),
  },
  {
    path: 'appeals.save',
    action: 'appeal.manage',
    call: (c, unitId) =>
      c.appeals.save({
        id: null,
        version: null,
        unitId,
        code: `vd-${Math.random().toString(36).slice(2, 10)}`,
        title: 'Ủng hộ lũ lụt',
        story: 'Câu chuyện',
        targetAmount: 100_000_000,
        startsOn: '2026-11-01',
        endsOn: '2026-12-31',
        bankBin: '970436',
        accountNumber: '0011001234567',
        accountName: 'HOI CTD',
      }),
  },
  {
    path: 'appeals.pledges',
    action: 'appeal.read',
    prepare: rows.appeal,
    call: (c, _u, p) => c.appeals.pledges({ appealId: p.id }),
  },
  {
    path: 'appeals.disbursements',
    action: 'appeal.read',
    prepare: rows.appeal,
    call: (c, _u, p) => c.appeals.disbursements({ appealId: p.id }),
  },
  {
    path: 'appeals.receive',
    action: 'appeal.reconcile',
    prepare: rows.appeal,
    call: (c, _u, p) =>
      c.appeals.receive({
        appealId: p.id,
        receipts: [
          {
            pledgeId: a(p).pledgeId,
            version: a(p).pledgeVersion,
            amount: 100_000,
            receivedOn: '2026-11-20',
          },
        ],
      }),
  },
  {
    path: 'appeals.previewStatement',
    action: 'appeal.reconcile',
    prepare: rows.appeal,
    call: (c, _u, p) =>
      c.appeals.previewStatement({ appealId: p.id, fileName: 'sao-ke.csv', contentBase64: CSV }),
  },
  {
    path: 'appeals.recordDisbursement',
    action: 'appeal.reconcile',
    prepare: rows.appeal,
    call: (c, _u, p) =>
      c.appeals.recordDisbursement({
        appealId: p.id,
        spentOn: '2026-11-25',
        recipientGroup: 'Hộ dân vùng lũ',
        amount: 50_000,
        evidenceUrl: 'https://example.vn/bien-ban.pdf',
      }),
  },
  {
    path: 'appeals.exportPledgeData',
    action: 'pledge.seeContacts',
    prepare: rows.appeal,
    call: (c, _u, p) => c.appeals.exportPledgeData({ pledgeId: a(p).pledgeId }),
  },
  {
    path: 'appeals.erasePledge',
    action: 'pledge.erase',
    prepare: rows.appeal,
    call: (c, _u, p) => c.appeals.erasePledge({ pledgeId: a(p).pledgeId }),
  },
  {
    path: 'drives.list',
    action: 'drive.read',
    shows: (answer, p) => ids(answer).includes(p.id),
    prepare: rows.drive,
    call: (c) => c.drives.list(),
  },
  {
    path: 'drives.save',
    action: 'drive.manage',
    call: (c, unitId) =>
      c.drives.save({
        id: null,
        version: null,
        unitId,
        code: `tnv-${Math.random().toString(36).slice(2, 10)}`,
        kind: 'volunteer',
        title: 'Tình nguyện viên mùa lũ',
        description: '',
        startsOn: '2026-11-01',
        endsOn: '2026-12-31',
        place: 'Trụ sở Hội',
        capacity: null,
        isOpen: true,
      }),
  },
  {
    path: 'drives.registrations',
    action: 'drive.read',
    prepare: rows.drive,
    call: (c, _u, p) => c.drives.registrations({ driveId: p.id }),
  },
  {
    path: 'drives.exportRegistrationData',
    action: 'registration.seeContacts',
    prepare: rows.drive,
    call: (c, _u, p) => c.drives.exportRegistrationData({ registrationId: r(p) }),
  },
  {
    path: 'drives.eraseRegistration',
    action: 'registration.erase',
    prepare: rows.drive,
    call: (c, _u, p) => c.drives.eraseRegistration({ registrationId: r(p) }),
  },
];
