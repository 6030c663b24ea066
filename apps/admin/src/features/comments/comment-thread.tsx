// A report's or story's comment thread, folded until opened (a unit page lists many
// reports: only the threads someone opens are fetched, and the body's code with them). Each
// entry shows its author, what it came with (return, approval...) and when, as dd/MM/yyyy
// HH:mm Vietnam time; those the policy lets comment here get a box to add one.
import type { CommentSubject } from '@lantoa/domain';
import { lazy, Suspense, useState } from 'react';
import { Loading } from '../../components/query-state';
import { useLang } from '../../lib/i18n';
import { C } from './comment-words';

const ThreadBody = lazy(() =>
  import('./comment-thread-body').then((m) => ({ default: m.ThreadBody })),
);

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
      {isOpen ? (
        <Suspense fallback={<Loading />}>
          <ThreadBody subject={subject} id={id} />
        </Suspense>
      ) : null}
    </details>
  );
}
