// Has the unit met the indicator: yes / not yet, as a radio group with its error announced.
import { ChoiceGroup, ChoiceOption } from '../../components/choice-group';
import { useLang } from '../../lib/i18n';

interface ClaimsMetChoiceProps {
  value: boolean | null;
  error: string | undefined;
  onChange: (value: boolean) => void;
}

export function ClaimsMetChoice({ value, error, onChange }: ClaimsMetChoiceProps) {
  const { t } = useLang();
  return (
    <ChoiceGroup legend={t('claimsMet')} error={error}>
      {[true, false].map((option) => (
        <ChoiceOption
          key={String(option)}
          type="radio"
          name="claimsMet"
          checked={value === option}
          label={t(option ? 'yes' : 'no')}
          onChange={() => onChange(option)}
        />
      ))}
    </ChoiceGroup>
  );
}
