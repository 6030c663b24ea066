// Reading API failures, all of it: error-codes.ts, plus field errors, which come back from
// zod in Vietnamese and are translated here.
import { type Lang, translateSchemaMessage } from '@lantoa/domain';

export {
  type ApiErrorData,
  errorCode,
  errorData,
  errorMessage,
  isServiceUnavailable,
  isUnauthorized,
  retryAfterMs,
} from './error-codes';

import { errorData } from './error-codes';

export type FieldErrors = Record<string, string | undefined>;

/** Server field errors, first message per field, in the chosen language. */
export function serverFieldErrors(error: unknown, lang: Lang): FieldErrors {
  const out: FieldErrors = {};
  // zod failures carry fieldErrors; business rules put theirs in details.fieldErrors.
  const { fieldErrors, details } = errorData(error);
  const fromDetails = (details?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  for (const [field, list] of Object.entries({ ...fromDetails, ...fieldErrors })) {
    if (list?.[0]) out[field] = translateSchemaMessage(list[0], lang);
  }
  return out;
}

/** Client-side zod issues keyed by dotted path ('links.0.url'), translated. */
export function zodFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  lang: Lang,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= translateSchemaMessage(issue.message, lang);
  }
  return out;
}
