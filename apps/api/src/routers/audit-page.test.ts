// The audit page (issue 16): paging through every event with a filter returns each exactly
// once and nothing of another province; a tampered cursor is a 400; each event's before
// and after come as the fields that changed, personal data masked and secrets left out;
// and every audit code the API writes has words in both languages.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACTIONS, AUDIT_ACTION_LABELS, isAuditAction } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/create-db.js';
import { appendAuditEvent } from '../services/append-audit-event.js';
import { callerAs } from '../test/caller.js';
import { createProvince, createUser } from '../test/factories.js';
import { openTestDb } from '../test/test-db.js';

let handle: DbHandle;
let a: Awaited<ReturnType<typeof createProvince>>;
let b: Awaited<ReturnType<typeof createProvince>>;

beforeAll(async () => {
  handle = await openTestDb();
  [a, b] = [await createProvince(handle.db), await createProvince(handle.db)];
});
afterAll(() => handle.close());

const rename = (unitId: string, actorId: string, i: number) =>
  appendAuditEvent(handle.db, {
    actorId,
    action: 'unit.rename',
    entity: 'unit',
    entityId: unitId,
    unitId,
    before: { name: `Tên ${i}`, version: i },
    after: { name: `Tên ${i + 1}`, version: i + 1 },
  });

describe('paging through the audit log', () => {
  it('returns every filtered event of the province exactly once, page after page', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
    const otherAdmin = await createUser(handle.db, { role: 'admin', unitId: b.province.id });
    for (let i = 0; i < 11; i += 1) {
      await rename(i % 2 ? a.districtA.id : a.districtB.id, admin.id, i);
      await rename(b.districtA.id, otherAdmin.id, i);
      await appendAuditEvent(handle.db, {
        actorId: admin.id,
        action: 'report.comment',
        entity: 'report',
        entityId: a.districtA.id,
        unitId: a.districtA.id,
        after: { body: 'x' },
      });
    }
    const asAdmin = await callerAs(handle.db, admin);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await asAdmin.audit.list({ entity: 'unit', limit: 4, cursor });
      seen.push(...page.items.map((e) => e.seq));
      expect(page.items.every((e) => e.entity === 'unit')).toBe(true);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    const expected = await handle.db
      .selectFrom('audit_event')
      .select('seq')
      .where('entity', '=', 'unit')
      .where('unit_id', 'in', [a.province.id, a.districtA.id, a.districtB.id, a.board.id])
      .orderBy('seq', 'desc')
      .execute();
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected.map((e) => Number(e.seq)));
  });

  it('refuses a tampered cursor before any query', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
    const asAdmin = await callerAs(handle.db, admin);
    const forged = Buffer.from(JSON.stringify(['1; DROP TABLE'])).toString('base64url');
    await expect(asAdmin.audit.list({ limit: 5, cursor: forged })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('an event’s before and after', () => {
  it('lists the changed fields only, masks personal data and never shows a secret', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
    await appendAuditEvent(handle.db, {
      actorId: admin.id,
      action: 'user.update',
      entity: 'user',
      entityId: admin.id,
      unitId: a.province.id,
      before: { name: 'Lan', email: 'lan@hoi.vn', role: 'viewer', password_hash: 'h1', version: 1 },
      after: { name: 'Lan', email: 'lan.t@hoi.vn', role: 'cadre', password_hash: 'h2', version: 2 },
    });
    const asAdmin = await callerAs(handle.db, admin);
    const { items } = await asAdmin.audit.list({ entity: 'user', limit: 1 });
    const changes = items[0]?.changes ?? [];
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'email', before: 'l•••@hoi.vn', after: 'l•••@hoi.vn' },
        { field: 'role', before: 'viewer', after: 'cadre' },
      ]),
    );
  });
});

describe('unit fields of an event', () => {
  it('come back as the units’ names on the event’s day, in one query for the page, never another province’s', async () => {
    const admin = await createUser(handle.db, { role: 'admin', unitId: a.province.id });
    // A rename dated before today applies to today's events; one dated later does not.
    await handle.db
      .insertInto('unit_names')
      .values([
        { unit_id: a.districtB.id, name: 'Hội CTĐ quận B (tên mới)', valid_from: '2020-01-01' },
        { unit_id: a.districtB.id, name: 'Hội CTĐ quận B (tên sau này)', valid_from: '2099-01-01' },
      ])
      .execute();
    await appendAuditEvent(handle.db, {
      actorId: admin.id,
      action: 'user.update',
      entity: 'user',
      entityId: admin.id,
      unitId: a.districtB.id,
      before: { unit_id: a.districtA.id, role: 'cadre' },
      after: { unit_id: a.districtB.id, role: 'cadre' },
    });
    await appendAuditEvent(handle.db, {
      actorId: admin.id,
      action: 'unit.close',
      entity: 'unit',
      entityId: a.communeA.id,
      unitId: a.communeA.id,
      after: {
        closedOn: '2026-01-01',
        mergedInto: a.communeB.id,
        splitInto: [a.communeB.id, b.communeA.id],
        successors: [a.communeB.id],
        parentId: 'not-a-unit-id',
      },
    });
    // Every statement's SQL, to count those that read the dated names.
    const queries: string[] = [];
    const counted = handle.db.withPlugin({
      transformQuery: (args) => {
        queries.push(handle.db.getExecutor().compileQuery(args.node, args.queryId).sql);
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const asAdmin = await callerAs(counted, admin);
    const { items } = await asAdmin.audit.list({ limit: 2 });
    const [closed, moved] = items;
    expect(moved?.unitName).toBe('Hội CTĐ quận B (tên mới)');
    expect(moved?.changes).toEqual([
      { field: 'unit_id', before: a.districtA.name, after: 'Hội CTĐ quận B (tên mới)' },
    ]);
    expect(closed?.changes).toEqual(
      expect.arrayContaining([
        { field: 'closedOn', before: null, after: '01/01/2026' },
        { field: 'mergedInto', before: null, after: a.communeB.name },
        // Another province's unit is not named to this one: its id stays as written.
        { field: 'splitInto', before: null, after: `${a.communeB.name}, ${b.communeA.id}` },
        { field: 'successors', before: null, after: a.communeB.name },
        { field: 'parentId', before: null, after: 'not-a-unit-id' },
      ]),
    );
    // The names of every unit the page mentions: one query, not one per event or field.
    expect(queries.filter((q) => q.includes('unit_names'))).toHaveLength(1);
  });
});

/** Source files of the API that write audit events (by call or in SQL). */
async function auditWriters(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await auditWriters(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      const text = await readFile(path, 'utf8');
      if (/appendAuditEvent|audit_event|audit\(trx/.test(text)) out.push(path);
    }
  }
  return out;
}

describe('words for every audit action', () => {
  it('exist in Vietnamese and English for every code the API writes', async () => {
    const root = new URL('..', import.meta.url).pathname;
    const unnamed = new Set<string>();
    for (const file of await auditWriters(root)) {
      const text = await readFile(file, 'utf8');
      for (const [, code = ''] of text.matchAll(/['`]([a-z][A-Za-z]{2,}\.[a-z][A-Za-z-]*)['`]/g)) {
        const isPolicyAction = (ACTIONS as string[]).includes(code);
        if (/\.(js|ts|json|md|html)$/.test(code) || (isPolicyAction && !isAuditAction(code)))
          continue;
        if (!isAuditAction(code)) unnamed.add(`${code} (${file.slice(root.length)})`);
      }
    }
    expect([...unnamed]).toEqual([]);
    for (const [code, words] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(words.vi.trim(), code).not.toBe('');
      expect(words.en.trim(), code).not.toBe('');
    }
  });
});
