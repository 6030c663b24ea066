import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import type { User } from '../db/schema.js';
import type { AppError } from '../errors.js';
import type { ReportDto } from '../services/report-dto.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { sealAndVerify } from '../test/seal-and-verify.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let cadre: User;
let reviewer: User;
let districtId: string;

beforeAll(async () => {
  handle = await openTestDb();
  const tree = await createProvince(handle.db);
  districtId = tree.districtA.id;
  cadre = await createUser(handle.db, { role: 'cadre', unitId: districtId });
  reviewer = await createUser(handle.db, { role: 'reviewer', unitId: tree.board.id });
});
afterAll(() => handle.close());

const currentOf = (error: unknown): ReportDto => {
  expect(error).toBeInstanceOf(TRPCError);
  const cause = (error as TRPCError).cause;
  expect((error as TRPCError).code).toBe('CONFLICT');
  return (cause as AppError).details?.current as ReportDto;
};

const eventsOf = (reportId: string) =>
  handle.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id', 'unit_id', 'before', 'after'])
    .where('entity', '=', 'report')
    .where('entity_id', '=', reportId)
    .orderBy('seq')
    .execute();

describe('the reporting workflow', () => {
  it('goes draft → submitted → returned → submitted → approved → locked → reopened, audited', async () => {
    const changed: string[][] = [];
    const asCadre = await callerAs(handle.db, cadre, changed);
    const asReviewer = await callerAs(handle.db, reviewer, changed);
    const base = {
      unitId: districtId,
      indicator: 'CT-03' as const,
      periodKey: 'by-2025',
      claimsMet: true,
      links: [{ url: 'https://www.facebook.com/hoictd', label: 'Trang' }],
    };
    let report = await asCadre.reports.save({ ...base, note: 'Lần 1', version: null });
    expect(report).toMatchObject({ status: 'draft', version: 1, note: 'Lần 1' });
    report = await asCadre.reports.submit({ reportId: report.id, version: report.version });
    expect(report.status).toBe('submitted');
    await expect(
      asReviewer.reports.review({
        reportId: report.id,
        version: report.version,
        decision: 'return',
        comment: '',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    report = await asReviewer.reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'return',
      comment: 'Thiếu ảnh',
    });
    expect(report).toMatchObject({ status: 'returned', reviewComment: 'Thiếu ảnh' });
    report = await asCadre.reports.save({
      ...base,
      note: 'Lần 2, có ảnh',
      version: report.version,
    });
    report = await asCadre.reports.submit({ reportId: report.id, version: report.version });
    const queue = await asReviewer.reports.reviewQueue();
    expect(queue.map((r) => r.id)).toContain(report.id);
    report = await asReviewer.reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'approve',
      comment: '',
    });
    expect(report.status).toBe('approved');
    const matrix = await asCadre.compliance.matrix({ rootId: districtId, year: 2025 });
    expect(matrix.rows.find((r) => r.unit.id === districtId)?.cells['CT-03']?.state).toBe('met');
    await expect(
      asCadre.reports.save({ ...base, note: 'Sửa sau khi duyệt', version: report.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    report = await asReviewer.reports.review({
      reportId: report.id,
      version: report.version,
      decision: 'reopen',
      comment: 'Mở lại để sửa',
    });
    expect(report.status).toBe('returned');
    expect(changed).toHaveLength(7);
    expect(changed.every((ids) => ids.includes(districtId))).toBe(true);

    const detail = await asCadre.compliance.unit({ unitId: districtId });
    expect(detail.history.map((h) => h.action)).toEqual([
      'report.reopen',
      'report.approve',
      'report.submit',
      'report.update',
      'report.return',
      'report.submit',
      'report.create',
    ]);
    expect(await sealAndVerify(handle.db)).toMatchObject({ isValid: true, unsealed: 0 });
  });

  it('a stale version gets CONFLICT with the current row', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const input = {
      unitId: districtId,
      indicator: 'CT-05' as const,
      periodKey: '2026',
      claimsMet: false,
      links: [],
      note: 'A',
    };
    const created = await asCadre.reports.save({ ...input, version: null });
    const edited = await asCadre.reports.save({ ...input, note: 'B', version: created.version });
    const error = await asCadre.reports
      .save({ ...input, note: 'C', version: created.version })
      .catch((e: unknown) => e);
    expect(currentOf(error)).toMatchObject({ note: 'B', version: edited.version });
    const again = await asCadre.reports.save({ ...input, version: null }).catch((e: unknown) => e);
    expect(currentOf(again).id).toBe(created.id);
  });

  it('50 parallel editors: exactly one wins each round, and every edit lands in the end', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const input = {
      unitId: districtId,
      indicator: 'CT-06' as const,
      periodKey: '2026',
      claimsMet: false,
      links: [],
    };
    let current = await asCadre.reports.save({ ...input, note: '', version: null });
    let pending = Array.from({ length: 50 }, (_, i) => `e${i};`);
    while (pending.length > 0) {
      const seen = current;
      const results = await Promise.allSettled(
        pending.map((marker) =>
          asCadre.reports.save({ ...input, note: seen.note + marker, version: seen.version }),
        ),
      );
      const winners = results.flatMap((r, i) =>
        r.status === 'fulfilled' ? [{ marker: pending[i] as string, report: r.value }] : [],
      );
      expect(winners).toHaveLength(1);
      const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      for (const loser of losers) expect(currentOf(loser.reason).version).toBe(seen.version + 1);
      current = (winners[0] as { report: ReportDto }).report;
      pending = pending.filter((m) => m !== (winners[0] as { marker: string }).marker);
    }
    expect(current.version).toBe(51);
    const markers = current.note.split(';').filter(Boolean).sort();
    expect(markers).toEqual(Array.from({ length: 50 }, (_, i) => `e${i}`).sort());
    // One event per write that landed; the refused edits wrote none.
    const events = await eventsOf(current.id);
    expect(events.map((e) => e.action)).toEqual([
      'report.create',
      ...Array.from({ length: 50 }, () => 'report.update'),
    ]);
    expect(await sealAndVerify(handle.db)).toMatchObject({ isValid: true, unsealed: 0 });
  });

  it('audits a save with the report as the API returns it, before and after', async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const input = {
      unitId: districtId,
      indicator: 'CT-05' as const,
      periodKey: '2027',
      claimsMet: false,
      links: [{ url: 'https://example.org/a?b=1&c=ă', label: 'Ảnh "lớp" <1>' }],
      note: 'Lớp tập huấn — đợt 1',
    };
    const created = await asCadre.reports.save({ ...input, value: 2.5, version: null });
    const edited = await asCadre.reports.save({
      ...input,
      claimsMet: true,
      note: 'đợt 2',
      version: created.version,
    });
    const [create, update] = await eventsOf(created.id);
    expect(create).toEqual({
      action: 'report.create',
      actor_id: cadre.id,
      unit_id: districtId,
      before: null,
      after: created,
    });
    expect(update).toMatchObject({ action: 'report.update', before: created, after: edited });
  });
});

describe('the review queue', () => {
  it("shows each report's evidence files, and only its own", async () => {
    const asCadre = await callerAs(handle.db, cadre);
    const asReviewer = await callerAs(handle.db, reviewer);
    const save = (periodKey: string) =>
      asCadre.reports.save({
        unitId: districtId,
        indicator: 'CT-05',
        periodKey,
        claimsMet: true,
        links: [],
        note: 'Có ảnh',
        version: null,
      });
    const withFile = await save('2024');
    const without = await save('2025');
    // Stored as the upload route stores it (the upload itself is tested in file-routes).
    await handle.db
      .insertInto('report_files')
      .values({
        report_id: withFile.id,
        file_name: 'anh-hop.jpg',
        content_type: 'image/jpeg',
        size_bytes: 3,
        sha256: 'x',
        data: new Uint8Array([1, 2, 3]),
        uploaded_by: cadre.id,
      })
      .execute();
    for (const r of [withFile, without]) {
      await asCadre.reports.submit({ reportId: r.id, version: r.version });
    }
    const queue = await asReviewer.reports.reviewQueue({ indicator: 'CT-05' });
    expect(queue.find((r) => r.id === withFile.id)?.files).toEqual([
      expect.objectContaining({ fileName: 'anh-hop.jpg', contentType: 'image/jpeg', sizeBytes: 3 }),
    ]);
    expect(queue.find((r) => r.id === without.id)?.files).toEqual([]);
  });
});
