// A labelled form control with its error beside it, wired with aria-invalid and
// aria-describedby so screen readers announce what is wrong with the field.
import { type ReactNode, useId } from 'react';
import { FieldError } from './field-error';

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (props: ControlProps) => ReactNode;
}

export function Field({ name, label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
