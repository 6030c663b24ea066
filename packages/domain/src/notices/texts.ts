// What a notice says, in Vietnamese and English: what is due, for which unit, by when, and
// (in the API) a link to the exact page. Dates are written dd/MM/yyyy.
import { formatDateVi } from '../dates.js';
import type { Bilingual, IsoDate } from '../types.js';
import type { NoticeKind } from './rules.js';

export interface NoticeText {
  title: Bilingual;
  body: Bilingual;
}

export interface DeadlineNoticeInput {
  kind: 'due_soon' | 'overdue' | 'escalation';
  unitName: string;
  /** The obligation in words, e.g. "CT-03 Trang Facebook … (Hạn 31/12/2025)". */
  what: Bilingual;
  due: IsoDate;
  /** Days left (due soon) or days late (overdue, escalation). */
  days: number;
}

export function deadlineNoticeText(n: DeadlineNoticeInput): NoticeText {
  const due = formatDateVi(n.due);
  if (n.kind === 'due_soon') {
    const vi = n.days === 0 ? 'hôm nay là hạn chót' : `còn ${n.days} ngày`;
    const en = n.days === 0 ? 'due today' : `${n.days} day${n.days === 1 ? '' : 's'} left`;
    return {
      title: { vi: `Sắp đến hạn (${vi}): ${n.unitName}`, en: `Due soon (${en}): ${n.unitName}` },
      body: {
        vi: `${n.what.vi} — hạn ${due}, ${vi}.`,
        en: `${n.what.en} — due ${due}, ${en}.`,
      },
    };
  }
  const isEscalation = n.kind === 'escalation';
  return {
    title: {
      vi: `${isEscalation ? 'Cần xử lý gấp' : 'Quá hạn'} ${n.days} ngày: ${n.unitName}`,
      en: `${isEscalation ? 'Escalation' : 'Overdue'}, ${n.days} day${n.days === 1 ? '' : 's'} late: ${n.unitName}`,
    },
    body: {
      vi: `${n.what.vi} — hạn ${due}, đã quá ${n.days} ngày.`,
      en: `${n.what.en} — was due ${due}, ${n.days} day${n.days === 1 ? '' : 's'} ago.`,
    },
  };
}

export function reviewWaitingText(n: {
  unitName: string;
  what: Bilingual;
  submittedOn: IsoDate;
  days: number;
}): NoticeText {
  const on = formatDateVi(n.submittedOn);
  return {
    title: {
      vi: `Báo cáo chờ duyệt ${n.days} ngày: ${n.unitName}`,
      en: `Report waiting for review for ${n.days} days: ${n.unitName}`,
    },
    body: {
      vi: `${n.what.vi} — gửi ngày ${on}, chưa được duyệt.`,
      en: `${n.what.en} — submitted on ${on}, not yet reviewed.`,
    },
  };
}

export function returnedText(n: {
  subject: 'report' | 'story';
  unitName: string;
  what: Bilingual;
  comment: string;
}): NoticeText {
  const [vi, en] = n.subject === 'report' ? ['Báo cáo', 'Report'] : ['Bài viết', 'Story'];
  const comment = n.comment.trim();
  return {
    title: {
      vi: `${vi} bị trả lại: ${n.unitName}`,
      en: `${en} returned: ${n.unitName}`,
    },
    body: {
      vi: `${n.what.vi}. Nhận xét của người duyệt: ${comment || '(không có)'}`,
      en: `${n.what.en}. Reviewer's comment: ${comment || '(none)'}`,
    },
  };
}

export function digestText(n: { weekOf: IsoDate; lines: Bilingual[] }): NoticeText {
  const week = formatDateVi(n.weekOf);
  return {
    title: {
      vi: `Tổng hợp tuần ${week}: ${n.lines.length} việc còn mở`,
      en: `Week of ${week}: ${n.lines.length} open item${n.lines.length === 1 ? '' : 's'}`,
    },
    body: {
      vi: n.lines.map((l) => `• ${l.vi}`).join('\n'),
      en: n.lines.map((l) => `• ${l.en}`).join('\n'),
    },
  };
}

export const NOTICE_KIND_LABELS: Record<NoticeKind, Bilingual> = {
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  escalation: { vi: 'Chuyển cấp trên', en: 'Escalation' },
  review_waiting: { vi: 'Chờ duyệt', en: 'Waiting for review' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  digest: { vi: 'Tổng hợp tuần', en: 'Weekly digest' },
};
