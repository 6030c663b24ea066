// Where an error goes: beside the field it names, or (when the form has no such field, e.g.
// a rule about the whole record) into the message at the top, so none is lost.
import { type Lang, parseDateVi, SCHEMA_MESSAGES } from '@lantoa/domain';
import type { FieldErrors } from '../errors';

export interface Placement {
  /** The form's field names (top-level keys of its values). */
  fields: readonly string[];
  /** Input path ('record.heldOn', 'links.0.url') → form field ('heldOn', 'links.2.url'). */
  fieldOf?: ((path: string) => string) | undefined;
  /** Fields typed as dd/MM/yyyy text: if the text is not a date, say that, not the ISO rule. */
  dateFields?: readonly string[] | undefined;
  values: Record<string, unknown>;
}

export interface PlacedErrors {
  fields: FieldErrors;
  /** Errors no field of the form shows. */
  unplaced: string[];
}

export function placeErrors(found: FieldErrors, place: Placement, lang: Lang): PlacedErrors {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(found)) {
    if (!message) continue;
    const field = place.fieldOf ? place.fieldOf(path) : path;
    const top = field.split('.')[0] ?? field;
    if (!place.fields.includes(top)) {
      unplaced.push(message);
      continue;
    }
    const text = place.values[field];
    const isBadDate = place.dateFields?.includes(field) && !parseDateVi(String(text ?? '').trim());
    fields[field] ??= isBadDate ? SCHEMA_MESSAGES.viDate[lang] : message;
  }
  return { fields, unplaced };
}
