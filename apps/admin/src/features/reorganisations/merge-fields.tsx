// A merge step: the units merged and what they merge into (an existing unit or a new one).
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';
import type { Of } from './step-types';
import { NewUnitFields, UnitChecklist, UnitSelect } from './unit-fields';

export function MergeFields({
  step,
  units,
  onChange,
}: {
  step: Of<'merge'>;
  units: readonly TreeUnit[];
  onChange: (s: Of<'merge'>) => void;
}) {
  const { t } = useLang();
  const isNew = step.newUnit !== undefined;
  return (
    <>
      <UnitChecklist
        legend={t({ vi: 'Các đơn vị sáp nhập', en: 'Units merged' })}
        values={step.sources}
        units={units}
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
          units={units}
          onChange={({ code, ...newUnit }) => onChange({ ...step, into: code ?? '', newUnit })}
        />
      ) : (
        <UnitSelect
          label={t({ vi: 'Đơn vị tiếp nhận', en: 'Receiving unit' })}
          value={step.into}
          units={units.filter((u) => !step.sources.includes(u.code))}
          onChange={(into) => onChange({ ...step, into })}
        />
      )}
    </>
  );
}
