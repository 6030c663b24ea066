import { newPledgeReference } from '@lantoa/domain';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let app: FastifyInstance;
let tree: Awaited<ReturnType<typeof createProvince>>;
let admin: User;
let reviewer: User;
let cadre: User;
let n = 0;

beforeAll(async () => {
  handle = await openTestDb();
  tree = await createProvince(handle.db);
  admin = await createUser(handle.db, { role: 'admin', unitId: tree.province.id });
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
  cadre = await createUser(handle.db, { role: 'cadre', unitId: tree.districtA.id });
  app = await buildApp({ db: handle.db, config: loadConfig({ DATA_DIR: '/nonexistent' }) });
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const appealInput = (unitId: string) => ({
  id: null,
  version: null,
  unitId,
  code: `lu-lut-${++n}`,
  title: 'Ủng hộ đồng bào lũ lụt',
  story: 'Bà con cần giúp đỡ.',
  targetAmount: 100_000_000,
  startsOn: '2026-01-01',
  endsOn: '2099-12-31',
  bankBin: '970436',
  accountNumber: '0011001234567',
  accountName: 'HOI CTD TINH',
});

async function addPledge(appealId: string, values: { name: string | null; amount: number | null }) {
  return handle.db
    .insertInto('pledges')
    .values({
      appeal_id: appealId,
      reference: newPledgeReference((k) =>
        Uint8Array.from({ length: k }, () => Math.random() * 256),
      ),
      amount: values.amount,
      display_name: values.name,
      contact_email: values.name ? 'giver@example.vn' : null,
      consent_version: 'giving-2026-01',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Staff calls wired to this app's public cache, as the tRPC route wires them. */
const staff = (user: User) => callerAs(handle.db, user, (ids) => app.notifyFactsChanged(ids));

const publicAppeal = async (code: string) =>
  (await app.inject({ url: `/public/v1/appeals/${code}.json` })).json();

describe('appeals for staff', () => {
  it('a cadre raises one for its unit, not for another; a stale edit is a CONFLICT', async () => {
    const asCadre = await staff(cadre);
    const appeal = await asCadre.appeals.save(appealInput(tree.districtA.id));
    await expect(asCadre.appeals.save(appealInput(tree.districtB.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const edited = await asCadre.appeals.save({
      ...appealInput(tree.districtA.id),
      ...appeal,
      title: 'Mới',
    });
    expect(edited.version).toBe(2);
    await expect(
      asCadre.appeals.save({ ...appealInput(tree.districtA.id), ...appeal, title: 'Cũ' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const events = await handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', appeal.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['appeal.create', 'appeal.update']);
  });

  it('shows givers’ contacts to the province board only', async () => {
    const appeal = await (await staff(admin)).appeals.save(appealInput(tree.districtA.id));
    await addPledge(appeal.id, { name: 'Lan', amount: 100_000 });
    const [forCadre] = await (await staff(cadre)).appeals.pledges({
      appealId: appeal.id,
    });
    expect(forCadre).toMatchObject({ contactEmail: null, hasContacts: true });
    const [forBoard] = await (await staff(reviewer)).appeals.pledges({
      appealId: appeal.id,
    });
    expect(forBoard?.contactEmail).toBe('giver@example.vn');
  });
});

describe('reconciling a bank statement', () => {
  it('previews matched, ambiguous and unmatched rows, applies only what staff confirm', async () => {
    const asCadre = await staff(cadre);
    const appeal = await asCadre.appeals.save(appealInput(tree.districtA.id));
    const lan = await addPledge(appeal.id, { name: 'Nguyễn Thị Lan', amount: 200_000 });
    const anon = await addPledge(appeal.id, { name: null, amount: null });
    const short = await addPledge(appeal.id, { name: 'Bình', amount: 500_000 });
    const typo = `${anon.reference.slice(0, 4)}${anon.reference[4] === 'A' ? 'B' : 'A'}${anon.reference.slice(5)}`;
    const csv = [
      'SAO KE TAI KHOAN 0011001234567',
      'Ngày giao dịch;Số tiền ghi có;Nội dung;Số tham chiếu',
      `20/11/2026;200.000;MBVCB.${lan.reference} UNG HO;FT001`,
      `20/11/2026;200.000;MBVCB.${lan.reference} UNG HO;FT001`,
      `21/11/2026;50.000;${anon.reference.toLowerCase()} ung ho;FT002`,
      `21/11/2026;300.000;${short.reference} ung ho;FT003`,
      `22/11/2026;10.000;${typo};FT004`,
      '22/11/2026;15.000;CHUYEN TIEN AN TRUA;FT005',
    ].join('\n');
    const preview = await asCadre.appeals.previewStatement({
      appealId: appeal.id,
      fileName: 'sao-ke.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(preview.counts).toEqual({ matched: 2, ambiguous: 3, unmatched: 1 });
    expect(preview.rows.map((r) => [r.rowNumber, r.outcome])).toEqual([
      [3, 'matched'],
      [4, 'ambiguous'],
      [5, 'matched'],
      [6, 'ambiguous'],
      [7, 'ambiguous'],
      [8, 'unmatched'],
    ]);
    // Nothing is applied by a preview.
    expect((await publicAppeal(appeal.code)).receivedAmount).toBe(0);

    const confirmed = preview.rows
      .filter((r) => r.outcome === 'matched')
      .map((r) => ({
        pledgeId: r.pledges[0]?.id as string,
        version: r.pledges[0]?.version as number,
        amount: r.amount,
        receivedOn: r.date,
        statementRow: r.rowNumber,
      }));
    await asCadre.appeals.receive({ appealId: appeal.id, receipts: confirmed });
    const shown = await publicAppeal(appeal.code);
    expect(shown.receivedAmount).toBe(250_000);
    expect(shown.receivedByDay).toEqual([
      {
        date: '2026-11-20',
        amount: 200_000,
        gifts: [{ giver: 'Nguyễn Thị Lan', amount: 200_000 }],
      },
      { date: '2026-11-21', amount: 50_000, gifts: [{ giver: null, amount: 50_000 }] },
    ]);
    expect(JSON.stringify(shown)).not.toContain('giver@example.vn');
    // The same confirmation twice changes nothing.
    await expect(
      asCadre.appeals.receive({ appealId: appeal.id, receipts: confirmed }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await publicAppeal(appeal.code)).receivedAmount).toBe(250_000);
  });

  it('reads an XLSX export the same way', async () => {
    const asCadre = await staff(cadre);
    const appeal = await asCadre.appeals.save(appealInput(tree.districtA.id));
    const lan = await addPledge(appeal.id, { name: 'Lan', amount: 120_000 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sao kê');
    sheet.addRow(['Date', 'Credit', 'Description', 'Reference']);
    sheet.addRow([new Date('2026-11-23T00:00:00Z'), 120_000, `IBFT ${lan.reference}`, 'X1']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await asCadre.appeals.previewStatement({
      appealId: appeal.id,
      fileName: 'statement.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(preview.rows).toMatchObject([
      { date: '2026-11-23', amount: 120_000, outcome: 'matched' },
    ]);
  });

  it('refuses a file it cannot read, with a message saying what it needs', async () => {
    const asCadre = await staff(cadre);
    const appeal = await asCadre.appeals.save(appealInput(tree.districtA.id));
    await expect(
      asCadre.appeals.previewStatement({
        appealId: appeal.id,
        fileName: 'x.csv',
        contentBase64: Buffer.from('a,b\n1,2').toString('base64'),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('public accounts and personal data', () => {
  it('shows disbursements with evidence; erasure leaves the money and removes the person', async () => {
    const asAdmin = await staff(admin);
    const appeal = await asAdmin.appeals.save(appealInput(tree.districtA.id));
    const lan = await addPledge(appeal.id, { name: 'Nguyễn Thị Lan', amount: 200_000 });
    await asAdmin.appeals.receive({
      appealId: appeal.id,
      receipts: [
        { pledgeId: lan.id, version: lan.version, amount: 200_000, receivedOn: '2026-11-20' },
      ],
    });
    await asAdmin.appeals.recordDisbursement({
      appealId: appeal.id,
      spentOn: '2026-11-25',
      recipientGroup: 'Hộ dân xã Cần Đăng',
      amount: 150_000,
      evidenceUrl: 'https://ctd.example.vn/bien-ban.pdf',
    });
    expect((await publicAppeal(appeal.code)).disbursements).toEqual([
      {
        date: '2026-11-25',
        recipientGroup: 'Hộ dân xã Cần Đăng',
        amount: 150_000,
        evidenceUrl: 'https://ctd.example.vn/bien-ban.pdf',
      },
    ]);
    const exported = await asAdmin.appeals.exportPledgeData({ pledgeId: lan.id });
    expect(exported).toMatchObject({
      displayName: 'Nguyễn Thị Lan',
      contactEmail: 'giver@example.vn',
    });
    await expect(
      (await staff(reviewer)).appeals.erasePledge({ pledgeId: lan.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await asAdmin.appeals.erasePledge({ pledgeId: lan.id });
    const after = await asAdmin.appeals.exportPledgeData({ pledgeId: lan.id });
    expect(after).toMatchObject({ displayName: null, contactEmail: null, receivedAmount: 200_000 });
    expect(after.erasedAt).not.toBeNull();
    const shown = await publicAppeal(appeal.code);
    expect(shown.receivedAmount).toBe(200_000);
    expect(shown.receivedByDay[0].gifts).toEqual([{ giver: null, amount: 200_000 }]);
  });
});
