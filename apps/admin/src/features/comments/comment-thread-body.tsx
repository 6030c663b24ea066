// The body of an opened comment thread: its entries and, for those the policy lets comment,
// a box checked with the domain's schema on the shared form layer (decision 30). Loaded
// when a thread is first opened: zod, the schemas and the form library stay off the unit
// page, which lists many folded threads (Lighthouse on a phone; decision 34).
import { COMMENT_ACTION_LABELS, type CommentSubject, can, ZAddCommentInput } from '@lantoa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Field } from '../../components/field';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { C } from './comment-words';

const appRoute = getRouteApi('/_app');

export function ThreadBody({ subject, id }: { subject: CommentSubject; id: string }) {
  const { t } = useLang();
  const { user } = appRoute.useRouteContext();
  const queryClient = useQueryClient();
  const api = subject === 'report' ? trpc.reports : trpc.stories;
  const thread = useQuery(api.comments.queryOptions({ id }));
  const [isSent, setSent] = useState(false);
  const add = useMutation(api.comment.mutationOptions());
  const mayComment = can({ role: user.role, action: `${subject}.comment` });
  const cf = useSchemaForm({
    defaultValues: { body: '' },
    check: (v) => {
      setSent(false);
      return check(ZAddCommentInput, { id, body: v.body }, add.mutateAsync);
    },
    onSaved: (entries) => {
      queryClient.setQueryData(api.comments.queryKey({ id }), entries);
      cf.form.reset({ body: '' });
      setSent(true);
    },
  });

  return (
    <div className="stack">
      {thread.isPending ? (
        <Loading />
      ) : thread.isError ? (
        <ErrorState error={thread.error} />
      ) : thread.data.length === 0 ? (
        <Empty>{t(C.empty)}</Empty>
      ) : (
        <ol className="thread-list">
          {thread.data.map((c) => (
            <li key={c.id} className="thread-entry">
              <p className="small muted">
                <strong>{c.authorName ?? t(C.unknownAuthor)}</strong> ·{' '}
                {t(COMMENT_ACTION_LABELS[c.action])} ·{' '}
                <time dateTime={c.createdAt}>{formatInstant(c.createdAt)}</time>
              </p>
              <p className="pre-line">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment ? (
        <form className="stack" onSubmit={cf.onSubmit} noValidate>
          <FormAlert message={cf.formError} />
          <Field name="body" label={t(C.add)} error={cf.errors.body}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={cf.values.body}
                onChange={(e) => cf.update({ body: e.target.value })}
              />
            )}
          </Field>
          <div aria-live="polite">{isSent ? <p className="notice">{t(C.sent)}</p> : null}</div>
          <button type="submit" className="btn" disabled={cf.isSubmitting}>
            {t(C.send)}
          </button>
        </form>
      ) : null}
    </div>
  );
}
