// Choosing a unit: a labelled select of the units given (by name), optionally with an empty
// first choice, its error beside it (see Field).
import { Field } from './field';

interface UnitSelectFieldProps {
  name: string;
  label: string;
  value: string;
  units: readonly { id: string; name: string }[];
  error: string | undefined;
  onChange: (unitId: string) => void;
  /** The empty first choice's words, if the field may be left empty. */
  blank?: string | undefined;
}

export function UnitSelectField({ value, units, onChange, blank, ...field }: UnitSelectFieldProps) {
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {blank !== undefined ? <option value="">{blank}</option> : null}
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
