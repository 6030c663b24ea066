// The language check, in a module of its own for the same reason as today.ts: the admin app's
// first chunk reads the stored language with it and needs none of labels.ts's labels.
import type { Lang } from './labels.js';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
