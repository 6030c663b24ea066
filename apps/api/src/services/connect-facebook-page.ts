// Connects a unit's Facebook page record to Facebook with a Page access token, or gives a
// connected one a new token (decision 29). The token is checked against Graph first (it
// must open a Page), then stored encrypted; it is never returned, logged or audited.
import { type Kysely, sql } from 'kysely';
import { authorize } from '../access/authorize.js';
import type { Scope } from '../access/get-scope.js';
import type { SessionUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { AppError, badRequest, notFound } from '../errors.js';
import type { FacebookAccess } from '../facebook/facebook-access.js';
import type { GraphFailure } from '../facebook/graph-api.js';
import { appendAuditEvent } from './append-audit-event.js';

export const PAGE_RECORD_NOT_FOUND = {
  vi: 'Không tìm thấy trang Facebook này trong hồ sơ',
  en: 'This Facebook page record was not found',
};
const NO_KEY = {
  vi: 'Máy chủ chưa được cấu hình khóa mã hóa (LANTOA_FACEBOOK_TOKEN_KEY) nên chưa thể lưu mã truy cập Facebook. Hãy báo người quản trị máy chủ.',
  en: 'The server has no encryption key (LANTOA_FACEBOOK_TOKEN_KEY), so it cannot store a Facebook access token. Ask whoever runs the server.',
};

function refusalOf(failure: GraphFailure): AppError {
  switch (failure.kind) {
    case 'token_invalid':
      return badRequest({
        vi: 'Facebook không chấp nhận mã truy cập này (hết hạn, bị thu hồi hoặc thiếu quyền).',
        en: 'Facebook does not accept this access token (expired, revoked or lacking permission).',
      });
    case 'page_unavailable':
      return badRequest({
        vi: 'Mã này không mở được một Trang Facebook: hãy dùng mã truy cập của Trang (Page access token).',
        en: 'This token does not open a Facebook Page: use the Page access token.',
      });
    case 'rate_limited':
      return new AppError('TOO_MANY_REQUESTS', {
        vi: 'Facebook đang giới hạn số lần gọi. Vui lòng thử lại sau ít phút.',
        en: 'Facebook is limiting calls. Please try again in a few minutes.',
      });
    case 'unavailable':
      return new AppError('SERVICE_UNAVAILABLE', {
        vi: 'Không kết nối được Facebook. Vui lòng thử lại sau.',
        en: 'Facebook could not be reached. Please try again later.',
      });
    case 'refused':
      return badRequest({
        vi: `Facebook từ chối mã truy cập này (mã lỗi ${failure.code ?? '?'}).`,
        en: `Facebook refused this access token (error code ${failure.code ?? '?'}).`,
      });
  }
}

export async function connectFacebookPage(
  db: Kysely<Database>,
  actor: SessionUser,
  scope: Scope,
  facebook: FacebookAccess,
  input: { facebookPageId: string; accessToken: string },
  now: Date,
) {
  const record = await db
    .selectFrom('facebook_pages')
    .select(['id', 'unit_id'])
    .where('id', '=', input.facebookPageId)
    .executeTakeFirst();
  if (!record) throw notFound(PAGE_RECORD_NOT_FOUND);
  const check = { action: 'facebook.connect', unitId: record.unit_id } as const;
  await authorize(db, scope, { ...check, notFound: PAGE_RECORD_NOT_FOUND });
  const { cipher } = facebook;
  if (!cipher) throw new AppError('CONFLICT', NO_KEY);
  const answer = await facebook.graph.pageOfToken(input.accessToken);
  if (!answer.ok) throw refusalOf(answer.failure);
  const page = answer.value;
  const sealed = cipher.seal(input.accessToken, record.id);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('facebook_connections')
      .select(['id', 'graph_page_id', 'status'])
      .where('facebook_page_id', '=', record.id)
      .forUpdate()
      .executeTakeFirst();
    const row = await trx
      .insertInto('facebook_connections')
      .values({
        facebook_page_id: record.id,
        unit_id: record.unit_id,
        graph_page_id: page.id,
        token_ciphertext: sealed.ciphertext,
        token_key_id: sealed.keyId,
        connected_by: actor.id,
        // Checked on the scheduler's next tick.
        next_check_at: now,
      })
      .onConflict((oc) =>
        oc.column('facebook_page_id').doUpdateSet((eb) => ({
          graph_page_id: page.id,
          token_ciphertext: sealed.ciphertext,
          token_key_id: sealed.keyId,
          status: 'active',
          retries: 0,
          connected_by: actor.id,
          next_check_at: now,
          version: eb('facebook_connections.version', '+', 1),
          updated_at: sql<Date>`now()`,
        })),
      )
      .returning(['id', 'version', 'status'])
      .executeTakeFirstOrThrow();
    const after = {
      id: row.id,
      unitId: record.unit_id,
      facebookPageId: record.id,
      graphPageId: page.id,
      pageName: page.name,
      status: row.status,
    };
    await appendAuditEvent(trx, {
      actorId: actor.id,
      action: before ? 'facebook.token-renewed' : 'facebook.connect',
      entity: 'facebook_connection',
      entityId: row.id,
      unitId: record.unit_id,
      before: before
        ? { id: before.id, graphPageId: before.graph_page_id, status: before.status }
        : null,
      after,
    });
    return { ...after, version: row.version };
  });
}
