// Comment threads on reports and stories (issue 16): every comment kept with its author
// and time, whether it came with a review action or alone. The words for each kind of
// entry, and the input of "add a comment" and of reading a thread.
import { z } from 'zod';
import { ZSafeText } from './safe-text.js';
import { msg } from './schema-messages.js';
import { ZId } from './schemas.js';
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

export const ZCommentBody = ZSafeText.trim()
  .min(1, msg('commentEmpty'))
  .max(2000, msg('commentLong'));

export const ZAddCommentInput = z.object({ id: ZId, body: ZCommentBody });
export type AddCommentInput = z.output<typeof ZAddCommentInput>;

export const ZCommentThreadInput = z.object({ id: ZId });
