import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import { callerAs } from '../test/caller.js';
import { docxParts, paragraphTexts, paragraphWith } from '../test/docx-xml.js';
import { createProvince, createUser, officialReportInput } from '../test/factories.js';
import { sessionCookie, signIn, testApp } from '../test/http.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let tree: Awaited<ReturnType<typeof createProvince>>;
let reviewer: User;
let cadreA: User;
let cadreB: User;
let viewer: User;

const input = officialReportInput;

const course = (unitId: string, heldOn: string, title: string) => ({
  id: null,
  version: null,
  record: {
    kind: 'training_course' as const,
    unitId,
    heldOn,
    title,
    participants: 40,
    level: 'district' as const,
  },
});

const watched = async () => ({
  reports: (await handle.db.selectFrom('official_reports').select('id').execute()).length,
  events: (
    await handle.db
      .selectFrom('audit_event')
      .select('seq')
      .where('action', '=', 'officialReport.generate')
      .execute()
  ).length,
});

beforeAll(async () => {
  handle = await openTestDb();
  const db = handle.db;
  tree = await createProvince(db);
  reviewer = await createUser(db, { role: 'reviewer', unitId: tree.board.id });
  cadreA = await createUser(db, { role: 'cadre', unitId: tree.districtA.id });
  cadreB = await createUser(db, { role: 'cadre', unitId: tree.districtB.id });
  viewer = await createUser(db, { role: 'viewer', unitId: tree.districtA.id });
  const admin = await createUser(db, { role: 'admin', unitId: tree.province.id });
  const asAdmin = await callerAs(db, admin);
  await asAdmin.records.save(
    course(tree.districtA.id, '2025-05-10', 'Tập huấn kỹ năng truyền thông'),
  );
  // After the period's end: a 2025 report must not count it.
  await asAdmin.records.save(course(tree.districtB.id, '2026-03-01', 'Tập huấn năm 2026'));
});
afterAll(() => handle.close());

describe('the annual report (.docx, Decree 30)', () => {
  it('is laid out as the decree asks: A4, margins, Times New Roman, header table, numbering, signature', async () => {
    const asReviewer = await callerAs(handle.db, reviewer);
    const made = await asReviewer.officialReports.generate(input(tree.province.id));
    expect(made.asOf).toBe('2025-12-31');
    const row = await handle.db
      .selectFrom('official_reports')
      .select(['data', 'inputs', 'created_by'])
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    const { document, styles, headers, relationships } = await docxParts(row.data);

    // A4 in twips; margins top/bottom 20 mm, left 30 mm, right 15 mm.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    // Times New Roman, black, 14 pt body; justified, 1 cm first line, 6 pt after.
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(styles).toMatch(/<w:color w:val="000000"\/>/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(styles).toMatch(/<w:spacing w:after="120" w:line="276"\/>/);
    const bodyParagraph = paragraphWith(document, 'Đề nghị Trung ương hỗ trợ tập huấn.');
    expect(bodyParagraph).toContain('<w:jc w:val="both"/>');
    expect(bodyParagraph).toContain('w:firstLine="567"');
    expect(document).not.toMatch(/w:rFonts w:ascii="(?!Times New Roman)/);

    // The header: a borderless two-column table with both blocks.
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(firstTable).toMatch(
      /<w:tblBorders>(\s*<w:\w+ w:val="none"[^>]*\/>)+\s*<\/w:tblBorders>/,
    );
    expect(firstTable.match(/<w:tc>/g)).toHaveLength(2);
    const headerTexts = paragraphTexts(firstTable);
    expect(headerTexts).toEqual([
      'TW HỘI CHỮ THẬP ĐỎ VIỆT NAM',
      tree.province.name.toLocaleUpperCase('vi'),
      '',
      'Số: 15/BC-CTĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'An Giang, ngày 05 tháng 01 năm 2026',
    ]);
    const issuing = paragraphWith(firstTable, tree.province.name.toLocaleUpperCase('vi'));
    expect(issuing).toContain('<w:b/>');
    // The short rule under the issuing body: the next paragraph, a top border, a third wide.
    const afterIssuing = firstTable.slice(firstTable.indexOf(issuing) + issuing.length);
    const rule = /<w:p>[\s\S]*?<\/w:p>/.exec(afterIssuing)?.[0] ?? '';
    expect(rule).toMatch(/<w:pBdr><w:top w:val="single"/);
    const [, left, right] = /<w:ind w:left="(\d+)" w:right="(\d+)"/.exec(rule) ?? [];
    expect(Number(left)).toBe(Number(right));
    expect(Number(left)).toBeGreaterThan(1000);
    const republic = paragraphWith(firstTable, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(republic).toContain('<w:b/>');
    expect(republic).toContain('<w:sz w:val="24"/>');
    const motto = paragraphWith(firstTable, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toContain('<w:sz w:val="26"/>');
    expect(motto).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(paragraphWith(firstTable, 'An Giang, ngày 05 tháng 01 năm 2026')).toContain('<w:i/>');

    // "BÁO CÁO" and the subject, bold and centred.
    const title = paragraphWith(document, 'BÁO CÁO');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(paragraphTexts(document)).toContain(
      'Kết quả thực hiện Kế hoạch số 48/KH-CTĐKG năm 2025',
    );

    // Page numbers centred in the header from page 2: a distinct first page, a PAGE field.
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    const defaultId = /<w:headerReference w:type="default" r:id="(rId\d+)"/.exec(document)?.[1];
    const target =
      new RegExp(`Id="${defaultId}"[^>]*Target="(header\\d+\\.xml)"`).exec(relationships)?.[1] ??
      new RegExp(`Target="(header\\d+\\.xml)"[^>]*Id="${defaultId}"`).exec(relationships)?.[1];
    const pageHeader = headers.find((h) => h.name === `word/${target}`)?.xml ?? '';
    expect(pageHeader).toContain('PAGE');
    expect(pageHeader).toContain('<w:jc w:val="center"/>');

    // "Nơi nhận:" bold italic 12 pt, the list 11 pt, and the signature block.
    const recipients = paragraphWith(document, 'Nơi nhận:');
    expect(recipients).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>/);
    expect(recipients).toContain('<w:sz w:val="24"/>');
    expect(paragraphWith(document, '- Trung ương Hội CTĐ Việt Nam;')).toContain(
      '<w:sz w:val="22"/>',
    );
    expect(paragraphTexts(document)).toContain('- Lưu: VT.');
    const texts = paragraphTexts(document);
    const signer = texts.indexOf('Nguyễn Thị Minh Hạnh');
    expect(texts.slice(signer - 2, signer + 1)).toEqual([
      'TM. BAN THƯỜNG VỤ',
      'CHỦ TỊCH',
      'Nguyễn Thị Minh Hạnh',
    ]);
    const name = paragraphWith(document, 'Nguyễn Thị Minh Hạnh');
    expect(name).toContain('<w:b/>');
    // 30 mm left for the signature and the seal; the block never splits across pages.
    expect(name).toMatch(/<w:spacing [^>]*w:before="1701"/);
    const signatureTable = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].at(-1)?.[0] ?? '';
    expect(signatureTable).toContain('<w:cantSplit/>');
    expect(signatureTable).toContain('Nơi nhận:');
    // The user's words are kept as they wrote them.
    expect(texts).toContain('Các đơn vị đã triển khai nghiêm túc.');
    expect(row.created_by).toBe(reviewer.id);
    expect(row.inputs).toMatchObject({ number: '15/BC-CTĐ', signerName: 'Nguyễn Thị Minh Hạnh' });
  });

  it('shows the figures of the period end, not of the day it is made', async () => {
    const made = await (await callerAs(handle.db, reviewer)).officialReports.generate(
      input(tree.province.id),
    );
    const row = await handle.db
      .selectFrom('official_reports')
      .select('data')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    const texts = paragraphTexts((await docxParts(row.data)).document);
    expect(texts).toContain('Tính đến ngày 31/12/2025, kết quả thực hiện các chỉ tiêu như sau:');
    const ct05 = texts.findIndex((t) => t.startsWith('CT-05. '));
    // Year 2025: one of the two districts trained (the 2026 course is after the period).
    expect(texts[ct05 + 1]).toBe('Năm 2025');
    expect(texts[ct05 + 2]).toMatch(/^1\/2 /);
    expect(texts.join('\n')).toContain('Tập huấn kỹ năng truyền thông (10/05/2025)');
    expect(texts.join('\n')).not.toContain('Tập huấn năm 2026');
  });

  it('is kept, audited and downloaded again byte for byte within scope only', async () => {
    const before = await watched();
    const asCadre = await callerAs(handle.db, cadreA);
    const made = await asCadre.officialReports.generate(
      input(tree.districtA.id, { number: '03/BC-CTĐ', signingAuthority: 'TM. Ban Thường vụ' }),
    );
    expect(await watched()).toEqual({ reports: before.reports + 1, events: before.events + 1 });
    const event = await handle.db
      .selectFrom('audit_event')
      .select(['actor_id', 'unit_id', 'entity_id', 'after'])
      .where('entity_id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: cadreA.id, unit_id: tree.districtA.id });
    expect(event.after).toMatchObject({ number: '03/BC-CTĐ', sizeBytes: made.sizeBytes });

    // A unit's own report names the province as governing body.
    const kept = await handle.db
      .selectFrom('official_reports')
      .select('data')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    const header = paragraphTexts((await docxParts(kept.data)).document);
    expect(header[0]).toBe(tree.province.name.toLocaleUpperCase('vi'));

    const listed = await (await callerAs(handle.db, viewer)).officialReports.list();
    expect(listed.map((r) => r.id)).toContain(made.id);
    expect(
      (await (await callerAs(handle.db, cadreB)).officialReports.list()).map((r) => r.id),
    ).not.toContain(made.id);

    const app = await testApp(handle.db);
    try {
      const download = (user: User) =>
        signIn(app, user.email).then((r) =>
          app.inject({
            method: 'GET',
            url: `/exports/official-reports/${made.id}`,
            headers: { cookie: sessionCookie(r) },
          }),
        );
      const mine = await download(viewer);
      expect(mine.statusCode).toBe(200);
      expect(mine.headers['content-type']).toContain('wordprocessingml');
      expect(mine.headers['content-disposition']).toContain('.docx');
      expect(mine.rawPayload.equals(Buffer.from(kept.data))).toBe(true);
      expect((await download(cadreB)).statusCode).toBe(404);
      const anonymous = await app.inject({
        method: 'GET',
        url: `/exports/official-reports/${made.id}`,
      });
      expect(anonymous.statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('is refused out of scope and to a role without the action, writing nothing', async () => {
    const before = await watched();
    await expect(
      (await callerAs(handle.db, cadreA)).officialReports.generate(input(tree.districtB.id)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      (await callerAs(handle.db, viewer)).officialReports.generate(input(tree.districtA.id)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await callerAs(handle.db, reviewer)).officialReports.generate(
        input(tree.province.id, { number: '15', recipients: [] }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await watched()).toEqual(before);
  });
});
