// Radio buttons or checkboxes under a legend, with the group's error announced (aria-invalid
// and aria-describedby on the fieldset, as Field does for one control).
import { type ReactNode, useId } from 'react';
import { FieldError } from './field-error';

interface ChoiceGroupProps {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
}

export function ChoiceGroup({ legend, error, children }: ChoiceGroupProps) {
  const errorId = useId();
  return (
    <fieldset
      className="choice"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {children}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}

interface ChoiceOptionProps {
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}

export function ChoiceOption({ type, name, checked, label, onChange }: ChoiceOptionProps) {
  return (
    <label className="choice-option">
      <input
        type={type}
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
