// A split step: every unit under the split unit listed with a choice of successor, so none
// is forgotten.
import { useId } from 'react';
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';
import type { Of } from './step-types';
import { NewUnitFields, UnitSelect } from './unit-fields';

export function SplitFields({
  step,
  units,
  onChange,
}: {
  step: Of<'split'>;
  units: readonly TreeUnit[];
  onChange: (s: Of<'split'>) => void;
}) {
  const { t } = useLang();
  const id = useId();
  const source = units.find((u) => u.code === step.source);
  const children = source ? units.filter((u) => u.parentId === source.id) : [];
  const targetOf = (code: string) => step.assignments.find((a) => a.unit === code)?.to ?? '';
  const assign = (unit: string, to: string) =>
    onChange({
      ...step,
      assignments: [
        ...step.assignments.filter((a) => a.unit !== unit),
        ...(to ? [{ unit, to }] : []),
      ],
    });
  return (
    <>
      <UnitSelect
        label={t({ vi: 'Đơn vị chia tách', en: 'Unit split' })}
        value={step.source}
        units={units}
        onChange={(code) => onChange({ ...step, source: code, assignments: [] })}
      />
      {step.into.map((unit, i) => (
        <fieldset key={`${id}-${i.toString()}`} className="successor">
          <legend>
            {t({ vi: 'Đơn vị mới', en: 'New unit' })} {i + 1}
          </legend>
          <NewUnitFields
            unit={unit}
            units={units.filter((u) => u.code !== step.source)}
            onChange={(u) =>
              onChange({
                ...step,
                into: step.into.map((x, j) => (j === i ? { ...u, code: u.code ?? '' } : x)),
              })
            }
          />
          {step.into.length > 2 ? (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onChange({ ...step, into: step.into.filter((_, j) => j !== i) })}
            >
              {t({ vi: 'Bỏ đơn vị mới này', en: 'Remove this new unit' })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          onChange({
            ...step,
            into: [...step.into, { code: '', name: '', kind: 'commune', parentCode: null }],
          })
        }
      >
        + {t({ vi: 'Thêm đơn vị mới', en: 'Add a new unit' })}
      </button>
      {children.length > 0 ? (
        <fieldset className="assignments">
          <legend>
            {t({ vi: 'Giao các đơn vị trực thuộc', en: 'Assign the units under it' })}
          </legend>
          {children.map((child) => (
            <div key={child.id} className="field">
              <label htmlFor={`${id}-${child.code}`}>{child.name}</label>
              <select
                id={`${id}-${child.code}`}
                value={targetOf(child.code)}
                onChange={(e) => assign(child.code, e.target.value)}
              >
                <option value="">{t({ vi: '— chưa giao —', en: '— not assigned —' })}</option>
                {step.into
                  .filter((u) => u.code)
                  .map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.name || u.code}
                    </option>
                  ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
