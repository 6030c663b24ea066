// A modal dialog on the native <dialog> element (focus trap, Escape, inert background
// for free); on phones CSS turns it into a bottom sheet within thumb reach. Its content may
// be a lazy form: a screen then loads zod, the schemas and TanStack Form only when a form
// opens, not with the page (Lighthouse: a phone's main thread on the unit page).
import { type ReactNode, Suspense, useEffect, useId, useRef } from 'react';
import { useLang } from '../lib/i18n';
import { Loading } from './query-state';

interface SheetProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function Sheet({ title, onClose, children }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useLang();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="sheet-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          <span aria-hidden="true">✕</span> {t('close')}
        </button>
      </div>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </dialog>
  );
}
