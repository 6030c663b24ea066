// Comment threads on reports and stories (issue 16): every comment kept with its author
// and time, whether it came with a review action or alone. The words for each kind of
// entry, and the input of "add a comment" and of reading a thread.
import { z } from 'zod';
import { ZSafeText } from './safe-text.js';
import { msg } from './schema-messages.js';
import { ZId } from './schemas.js';

export const ZCommentBody = ZSafeText.trim()
  .min(1, msg('commentEmpty'))
  .max(2000, msg('commentLong'));

export const ZAddCommentInput = z.object({ id: ZId, body: ZCommentBody });
export type AddCommentInput = z.output<typeof ZAddCommentInput>;

export const ZCommentThreadInput = z.object({ id: ZId });
