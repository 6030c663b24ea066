// Facebook pages checked for real (issue 17, decision 29): what an administrator sends to
// connect a page record to Facebook (its zod schemas: facebook-schemas.ts, apart so the unit
// page shows these words without loading zod), and the words for what the daily check found.
import type { Bilingual } from './types.js';

export const FACEBOOK_CHECK_OUTCOMES = [
  'ok',
  'token_invalid',
  'token_unreadable',
  'rate_limited',
  'page_unavailable',
  'unavailable',
  'refused',
] as const;
export type FacebookCheckOutcome = (typeof FACEBOOK_CHECK_OUTCOMES)[number];

export const FACEBOOK_CHECK_OUTCOME_LABELS: Record<FacebookCheckOutcome, Bilingual> = {
  ok: { vi: 'Kiểm tra thành công', en: 'Checked' },
  token_invalid: {
    vi: 'Mã truy cập đã hết hạn hoặc bị thu hồi: cần nhập mã mới',
    en: 'The access token expired or was revoked: a new one is needed',
  },
  token_unreadable: {
    vi: 'Không giải mã được mã truy cập (khóa mã hóa đã đổi): cần nhập mã mới',
    en: 'The stored token cannot be decrypted (the encryption key changed): a new one is needed',
  },
  rate_limited: {
    vi: 'Facebook giới hạn số lần gọi: sẽ thử lại sau',
    en: 'Facebook rate limit reached: will try again later',
  },
  page_unavailable: {
    vi: 'Trang không còn tồn tại hoặc không truy cập được',
    en: 'The page was deleted or is unavailable',
  },
  unavailable: {
    vi: 'Không kết nối được Facebook: sẽ thử lại sau',
    en: 'Facebook could not be reached: will try again later',
  },
  refused: { vi: 'Facebook từ chối yêu cầu', en: 'Facebook refused the request' },
};

export const FACEBOOK_CONNECTION_STATUSES = ['active', 'needs_token'] as const;
export type FacebookConnectionStatus = (typeof FACEBOOK_CONNECTION_STATUSES)[number];

export const FACEBOOK_CONNECTION_STATUS_LABELS: Record<FacebookConnectionStatus, Bilingual> = {
  active: { vi: 'Đã kết nối', en: 'Connected' },
  needs_token: { vi: 'Cần mã truy cập mới', en: 'Needs a new token' },
};

/** Graph's verification_status values, in words; anything else is shown as Graph said it. */
export const FACEBOOK_VERIFICATION_LABELS: Record<string, Bilingual> = {
  blue_verified: { vi: 'Đã xác minh (dấu tích xanh)', en: 'Verified (blue badge)' },
  gray_verified: { vi: 'Đã xác minh (dấu tích xám)', en: 'Verified (grey badge)' },
  not_verified: { vi: 'Chưa xác minh', en: 'Not verified' },
};
