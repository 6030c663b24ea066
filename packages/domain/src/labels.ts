// Vietnamese and English labels for the states, statuses and roles shown in every UI.
// Vietnamese is the default language: the users are Red Cross cadres in Vietnam.

import type { Bilingual, ComplianceState, ReportStatus } from './types.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** `national` is the Central Committee (Trung ương Hội): it reads every province (decision 20). */
export const ROLES = ['admin', 'reviewer', 'cadre', 'viewer', 'national'] as const;
export type Role = (typeof ROLES)[number];

export const COMPLIANCE_STATE_LABELS: Record<ComplianceState, Bilingual> = {
  met: { vi: 'Đạt', en: 'Met' },
  pending_review: { vi: 'Chờ duyệt', en: 'Pending review' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  not_met: { vi: 'Không đạt', en: 'Not met' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, Bilingual> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
};

export const ROLE_LABELS: Record<Role, Bilingual> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  reviewer: { vi: 'Người duyệt', en: 'Reviewer' },
  cadre: { vi: 'Cán bộ', en: 'Cadre' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
  national: { vi: 'Trung ương Hội (chỉ xem)', en: 'Central Committee (read-only)' },
};

/** Picks one language; unknown languages fall back to Vietnamese rather than showing nothing. */
export function t(label: Bilingual, lang: Lang = 'vi'): string {
  return lang === 'en' ? label.en : label.vi;
}

export { isLang } from './lang.js';

/** Joins bilingual fragments language by language. */
export function joinBilingual(parts: readonly Bilingual[], separator = ' '): Bilingual {
  return {
    vi: parts.map((p) => p.vi).join(separator),
    en: parts.map((p) => p.en).join(separator),
  };
}
