// A split step: every unit under the split unit listed with a choice of successor, so none
// is forgotten.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useUnitByCode } from '../../components/unit-picker';
import { trpc } from '../../lib/api';
import { useLang } from '../../lib/i18n';
import type { Of } from './step-types';
import { NewUnitFields, UnitSelect } from './unit-fields';

export function SplitFields({
  step,
  asOf,
  onChange,
}: {
  step: Of<'split'>;
  asOf: string | undefined;
  onChange: (s: Of<'split'>) => void;
}) {
  const { t } = useLang();
  const id = useId();
  const source = useUnitByCode(step.source, asOf);
  // The units under the split unit on the day, each to be given a successor (the largest
  // page the server answers: a commune has tens of branches, not hundreds).
  const { data: below } = useQuery({
    ...trpc.units.children.queryOptions({ parentId: source?.id ?? '', asOf, limit: 200 }),
    enabled: source !== undefined,
  });
  const children = source ? (below?.items ?? []) : [];
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
        asOf={asOf}
        onChange={(code) => onChange({ ...step, source: code, assignments: [] })}
      />
      {step.into.map((unit, i) => (
        <fieldset key={`${id}-${i.toString()}`} className="successor">
          <legend>
            {t({ vi: 'Đơn vị mới', en: 'New unit' })} {i + 1}
          </legend>
          <NewUnitFields
            unit={unit}
            asOf={asOf}
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
