// Has the unit met the indicator: yes / not yet, as a radio group with its error announced.
import { useLang } from '../../lib/i18n';

interface ClaimsMetChoiceProps {
  value: boolean | null;
  error: string | undefined;
  onChange: (value: boolean) => void;
}

export function ClaimsMetChoice({ value, error, onChange }: ClaimsMetChoiceProps) {
  const { t } = useLang();
  return (
    <fieldset
      className="choice"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? 'claims-error' : undefined}
    >
      <legend>{t('claimsMet')}</legend>
      {[true, false].map((option) => (
        <label key={String(option)} className="choice-option">
          <input
            type="radio"
            name="claimsMet"
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {t(option ? 'yes' : 'no')}
        </label>
      ))}
      {error ? (
        <p id="claims-error" className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
