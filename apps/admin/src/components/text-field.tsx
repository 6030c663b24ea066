// A labelled text input with its error (see Field): the common case of every form. Dates are
// typed as dd/MM/yyyy text here (the schema's message says so when they do not parse).
import type { HTMLAttributes, HTMLInputTypeAttribute } from 'react';
import { Field } from './field';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  hint?: string | undefined;
  type?: HTMLInputTypeAttribute;
  /** A dd/MM/yyyy date: numeric keyboard on phones and the pattern as placeholder. */
  isDate?: boolean;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** Announced by screen readers; the form's schema (noValidate) does the checking. */
  required?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { value, onChange, type, isDate, autoComplete, inputMode, required, ...field } = props;
  return (
    <Field {...field}>
      {(p) => (
        <input
          {...p}
          type={type ?? 'text'}
          inputMode={inputMode ?? (isDate ? 'numeric' : undefined)}
          placeholder={isDate ? 'dd/MM/yyyy' : undefined}
          autoComplete={autoComplete}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
