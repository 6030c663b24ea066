// The kinds of comment entry and their words, apart from the zod schemas (comments.ts): the
// threads on the unit page show them, and should not load zod until someone writes.
import type { Bilingual } from './types.js';

export const COMMENT_SUBJECTS = ['report', 'story'] as const;
export type CommentSubject = (typeof COMMENT_SUBJECTS)[number];

/** What the comment came with: alone, a review or story action, or the one single comment
 *  a record had before threads existed (migration 0021). */
export const COMMENT_ACTIONS = [
  'comment',
  'approve',
  'return',
  'reopen',
  'submit',
  'publish',
  'unpublish',
  'earlier',
] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

export const COMMENT_ACTION_LABELS: Record<CommentAction, Bilingual> = {
  comment: { vi: 'Nhận xét', en: 'Comment' },
  approve: { vi: 'Duyệt', en: 'Approved' },
  return: { vi: 'Trả lại', en: 'Returned' },
  reopen: { vi: 'Mở lại', en: 'Reopened' },
  submit: { vi: 'Gửi duyệt', en: 'Submitted' },
  publish: { vi: 'Đăng bài', en: 'Published' },
  unpublish: { vi: 'Gỡ bài', en: 'Unpublished' },
  earlier: { vi: 'Nhận xét trước đây', en: 'Earlier comment' },
};
