// A report's or story's comment thread, folded until opened (a unit page lists many
// reports: only the threads someone opens are fetched). Each entry shows its author, what
// it came with (return, approval...) and when, as dd/MM/yyyy HH:mm Vietnam time; those the
// policy lets comment here get a box to add one, checked with the domain's schema.
import { COMMENT_ACTION_LABELS, type CommentSubject, can } from '@lantoa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Empty, ErrorState, Loading } from '../../components/query-state';
import { trpc } from '../../lib/api';
import { errorMessage } from '../../lib/errors';
import { formatInstant } from '../../lib/format';
import { useLang } from '../../lib/i18n';
import { C } from './comment-words';

const appRoute = getRouteApi('/_app');

interface CommentThreadProps {
  subject: CommentSubject;
  id: string;
  /** Words naming the record, for the fold's accessible name (several per page). */
  label?: string;
}

export function CommentThread({ subject, id, label }: CommentThreadProps) {
  const { t } = useLang();
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="thread" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t(C.thread)}
        {label ? <span className="visually-hidden"> {label}</span> : null}
      </summary>
      {isOpen ? <ThreadBody subject={subject} id={id} /> : null}
    </details>
  );
}

function ThreadBody({ subject, id }: { subject: CommentSubject; id: string }) {
  const { t, lang } = useLang();
  const { user } = appRoute.useRouteContext();
  const queryClient = useQueryClient();
  const api = subject === 'report' ? trpc.reports : trpc.stories;
  const thread = useQuery(api.comments.queryOptions({ id }));
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isSent, setSent] = useState(false);
  const add = useMutation(api.comment.mutationOptions());
  const mayComment = can({ role: user.role, action: `${subject}.comment` });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    // The check (zod and the domain's schemas) loads on the first send, not with the page.
    const { ZAddCommentInput, zodFieldErrors } = await import('./comment-check');
    const parsed = ZAddCommentInput.safeParse({ id, body });
    if (!parsed.success) return setError(zodFieldErrors(parsed.error.issues, lang).body);
    setError(undefined);
    try {
      queryClient.setQueryData(api.comments.queryKey({ id }), await add.mutateAsync(parsed.data));
      setBody('');
      setSent(true);
    } catch (err) {
      setError(errorMessage(err, lang));
    }
  }

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
        <form className="stack" onSubmit={onSubmit} noValidate>
          <Field name="body" label={t(C.add)} error={error}>
            {(p) => (
              <textarea {...p} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
            )}
          </Field>
          <div aria-live="polite">{isSent ? <p className="notice">{t(C.sent)}</p> : null}</div>
          <button type="submit" className="btn" disabled={add.isPending}>
            {t(C.send)}
          </button>
        </form>
      ) : null}
    </div>
  );
}
