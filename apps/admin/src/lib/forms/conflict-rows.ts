// The rows of <ConflictView>: each labelled field of the server's version beside the user's.
import type { Lang } from '@lantoa/domain';
import type { ConflictRow } from './conflict-view';
import { FORM_WORDS } from './form-words';

/** A value as a person reads it: lists joined, yes/no in words, rows by their text. */
export function shown(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return FORM_WORDS[value ? 'yes' : 'no'][lang];
  if (Array.isArray(value))
    return value
      .map((v) => shown(v, lang))
      .filter(Boolean)
      .join(', ');
  if (typeof value === 'object')
    return Object.values(value)
      .map((v) => shown(v, lang))
      .filter(Boolean)
      .join(' ');
  return String(value);
}

export function conflictRows<TValues extends Record<string, unknown>>(
  labels: ReadonlyArray<readonly [keyof TValues & string, string]>,
  theirs: TValues,
  mine: TValues,
  lang: Lang,
): ConflictRow[] {
  return labels.map(([key, label]) => ({
    label,
    theirs: shown(theirs[key], lang),
    mine: shown(mine[key], lang),
  }));
}
