// What sending a comment checks, loaded on the first send (comment-thread.tsx): the threads
// sit on the unit page and the review screen, which should not load zod and the domain's
// schemas before anyone writes.
export { ZAddCommentInput } from '@lantoa/domain';
export { zodFieldErrors } from '../../lib/errors';
