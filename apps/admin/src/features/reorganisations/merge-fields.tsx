// A merge step: the units merged and what they merge into (an existing unit or a new one).
import { useLang } from '../../lib/i18n';
import type { Of } from './step-types';
import { NewUnitFields, UnitChecklist, UnitSelect } from './unit-fields';

export function MergeFields({
  step,
  asOf,
  onChange,
}: {
  step: Of<'merge'>;
  asOf: string | undefined;
  onChange: (s: Of<'merge'>) => void;
}) {
  const { t } = useLang();
  const isNew = step.newUnit !== undefined;
  return (
    <>
      <UnitChecklist
        legend={t({ vi: 'Các đơn vị sáp nhập', en: 'Units merged' })}
        values={step.sources}
        asOf={asOf}
        onChange={(sources) => onChange({ ...step, sources })}
      />
      <fieldset className="choice">
        <legend>{t({ vi: 'Sáp nhập vào', en: 'Merged into' })}</legend>
        <label className="choice-option">
          <input
            type="radio"
            checked={!isNew}
            onChange={() => onChange({ ...step, newUnit: undefined, into: '' })}
          />
          {t({ vi: 'Một đơn vị đã có', en: 'An existing unit' })}
        </label>
        <label className="choice-option">
          <input
            type="radio"
            checked={isNew}
            onChange={() =>
              onChange({
                ...step,
                into: '',
                newUnit: { name: '', kind: 'commune', parentCode: null },
              })
            }
          />
          {t({ vi: 'Một đơn vị mới', en: 'A new unit' })}
        </label>
      </fieldset>
      {step.newUnit ? (
        <NewUnitFields
          unit={{ ...step.newUnit, code: step.into }}
          asOf={asOf}
          onChange={({ code, ...newUnit }) => onChange({ ...step, into: code ?? '', newUnit })}
        />
      ) : (
        <UnitSelect
          label={t({ vi: 'Đơn vị tiếp nhận', en: 'Receiving unit' })}
          value={step.into}
          asOf={asOf}
          exclude={step.sources}
          onChange={(into) => onChange({ ...step, into })}
        />
      )}
    </>
  );
}
