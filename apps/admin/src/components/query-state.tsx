// Loading, error, empty and not-found states shared by every screen.
import type { ErrorComponentProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/error-codes';
import { useLang } from '../lib/i18n';

export function Loading() {
  const { t } = useLang();
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('loading')}
    </p>
  );
}

export function ErrorState({ error, reset }: Partial<ErrorComponentProps>) {
  const { t, lang } = useLang();
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{t('errorTitle')}</strong>
      </p>
      <p>{errorMessage(error, lang)}</p>
      {reset ? (
        <button type="button" className="btn" onClick={reset}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useLang();
  return <p className="state state-empty">{children ?? t('empty')}</p>;
}

export function NotFound() {
  const { t } = useLang();
  return <p className="state state-empty">{t('notFound')}</p>;
}
