// A date typed the Vietnamese way (dd/MM/yyyy), whatever the browser's locale: the native
// date input shows mm/dd/yyyy in an English browser. Commits an ISO date (or nothing) when
// the text is a real date or empty, on blur or Enter; otherwise says what is expected.
import { formatDateVi, parseDateVi } from '@lantoa/domain';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useLang } from '../lib/i18n';
import type { ControlProps } from './field';

interface ViDateInputProps {
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  /** Set when a Field labels it (its label's htmlFor, its error's id). */
  control?: Partial<ControlProps>;
}

export function ViDateInput({ value, onChange, control }: ViDateInputProps) {
  const { t } = useLang();
  const errorId = useId();
  const [text, setText] = useState(value ? formatDateVi(value) : '');
  const [isInvalid, setInvalid] = useState(false);
  useEffect(() => setText(value ? formatDateVi(value) : ''), [value]);

  function commit() {
    const trimmed = text.trim();
    const iso = trimmed === '' ? undefined : parseDateVi(trimmed);
    setInvalid(iso === null);
    if (iso !== null && iso !== value) onChange(iso);
  }

  return (
    <>
      <input
        id={control?.id}
        name={control?.name}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        value={text}
        aria-invalid={isInvalid || control?.['aria-invalid']}
        aria-describedby={isInvalid ? errorId : control?.['aria-describedby']}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {isInvalid ? (
        <span id={errorId} className="field-error" role="alert">
          {t({ vi: 'Nhập ngày dạng dd/mm/yyyy', en: 'Enter a date as dd/mm/yyyy' })}
        </span>
      ) : null}
    </>
  );
}
