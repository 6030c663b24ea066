// The rules form holds text as typed; these turn rules into that text and back, so the
// domain's schema (ZNoticeRules) judges exactly what the person typed.
import type { NoticeRules } from '@lantoa/domain';

/** A type, not an interface: the form layer needs its values indexable by name. */
export type RulesDraft = {
  dueSoonDays: string;
  overdueCadres: string;
  overdueReviewers: string;
  overdueAdmins: string;
  waitingReviewers: string;
  waitingAdmins: string;
  overdueWindowDays: string;
};

export function draftOf(rules: NoticeRules): RulesDraft {
  return {
    dueSoonDays: rules.dueSoonDays.join(', '),
    overdueCadres: String(rules.overdueDays.cadres),
    overdueReviewers: String(rules.overdueDays.reviewers),
    overdueAdmins: String(rules.overdueDays.admins),
    waitingReviewers: String(rules.reviewWaitingDays.reviewers),
    waitingAdmins: String(rules.reviewWaitingDays.admins),
    overdueWindowDays: String(rules.overdueWindowDays),
  };
}

/** A count as typed: blank or anything but digits is NaN, which the schema refuses. */
const days = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function rulesOf(draft: RulesDraft): NoticeRules {
  return {
    dueSoonDays: draft.dueSoonDays
      .split(/[,;\s]+/)
      .filter((part) => part !== '')
      .map(days),
    overdueDays: {
      cadres: days(draft.overdueCadres),
      reviewers: days(draft.overdueReviewers),
      admins: days(draft.overdueAdmins),
    },
    reviewWaitingDays: {
      reviewers: days(draft.waitingReviewers),
      admins: days(draft.waitingAdmins),
    },
    overdueWindowDays: days(draft.overdueWindowDays),
  };
}

/** Which input shows a schema error reported at a path of NoticeRules. */
export function draftKeyOf(path: string): keyof RulesDraft {
  if (path.startsWith('dueSoonDays')) return 'dueSoonDays';
  if (path === 'overdueDays.cadres') return 'overdueCadres';
  if (path === 'overdueDays.reviewers') return 'overdueReviewers';
  if (path.startsWith('overdueDays')) return 'overdueAdmins';
  if (path === 'reviewWaitingDays.reviewers') return 'waitingReviewers';
  if (path.startsWith('reviewWaitingDays')) return 'waitingAdmins';
  return 'overdueWindowDays';
}
