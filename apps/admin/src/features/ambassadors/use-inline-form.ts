// Shared state for the small add forms on an ambassador's page: text fields, errors from
// the domain schema or the server, and a refresh of the profile after a change.
import { type Lang, SCHEMA_MESSAGES } from '@lantoa/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../lib/api';
import {
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';

export function useInlineForm<T extends Record<string, string>>(initial: T, dateKeys: (keyof T)[]) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  return {
    values,
    errors,
    error,
    set: (key: keyof T) => (e: { target: { value: string } }) =>
      setValues({ ...values, [key]: e.target.value }),
    reset: () => {
      setValues(initial);
      setErrors({});
      setError(null);
    },
    onInvalid: (issues: { path: readonly PropertyKey[]; message: string }[], lang: Lang) => {
      const found = zodFieldErrors(issues, lang);
      for (const key of dateKeys)
        if (found[key as string]) found[key as string] = SCHEMA_MESSAGES.viDate[lang];
      setErrors(found);
    },
    onFailed: (err: unknown, lang: Lang) => {
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    },
    refresh: () => queryClient.invalidateQueries({ queryKey: trpc.ambassadors.pathKey() }),
  };
}
