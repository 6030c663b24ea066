// One step of a reorganisation being built: its kind and the units it names. A split
// lists every unit under the split unit with a choice of successor, so none is forgotten.
import type { ReorganisationStep } from '@lantoa/domain';
import { useId } from 'react';
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';
import { blankStep, STEP_LABELS, type StepType } from './reorganisation-labels';
import { NewUnitFields, UnitChecklist, UnitSelect } from './unit-fields';

interface StepEditorProps {
  index: number;
  step: ReorganisationStep;
  units: readonly TreeUnit[];
  onChange: (step: ReorganisationStep | null) => void;
}

type Of<T extends StepType> = Extract<ReorganisationStep, { type: T }>;

function MergeFields({
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

function SplitFields({
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

export function StepEditor({ index, step, units, onChange }: StepEditorProps) {
  const { t } = useLang();
  const id = useId();
  const unitField = (s: Of<'dissolve'> | Of<'move'> | Of<'rename'>) => (
    <UnitSelect
      label={t({ vi: 'Đơn vị', en: 'Unit' })}
      value={s.unit}
      units={units}
      onChange={(unit) => onChange({ ...s, unit })}
    />
  );
  return (
    <fieldset className="card step">
      <legend>
        {t({ vi: 'Bước', en: 'Step' })} {index + 1}: {t(STEP_LABELS[step.type])}
      </legend>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t({ vi: 'Loại thay đổi', en: 'Kind of change' })}</label>
        <select
          id={`${id}-type`}
          value={step.type}
          onChange={(e) => onChange(blankStep(e.target.value as StepType))}
        >
          {(Object.keys(STEP_LABELS) as StepType[]).map((k) => (
            <option key={k} value={k}>
              {t(STEP_LABELS[k])}
            </option>
          ))}
        </select>
      </div>
      {step.type === 'merge' ? <MergeFields step={step} units={units} onChange={onChange} /> : null}
      {step.type === 'split' ? <SplitFields step={step} units={units} onChange={onChange} /> : null}
      {step.type === 'dissolve' ? unitField(step) : null}
      {step.type === 'move' ? (
        <>
          {unitField(step)}
          <UnitSelect
            label={t({ vi: 'Chuyển về trực thuộc', en: 'Move under' })}
            value={step.parentCode}
            units={units.filter((u) => u.code !== step.unit)}
            onChange={(parentCode) => onChange({ ...step, parentCode })}
          />
        </>
      ) : null}
      {step.type === 'rename' ? (
        <>
          {unitField(step)}
          <div className="field">
            <label htmlFor={`${id}-name`}>
              {t({ vi: 'Tên mới (từ ngày hiệu lực)', en: 'New name (from the effective date)' })}
            </label>
            <input
              id={`${id}-name`}
              value={step.name}
              onChange={(e) => onChange({ ...step, name: e.target.value })}
            />
          </div>
        </>
      ) : null}
      {step.type === 'create' ? (
        <NewUnitFields
          unit={step.unit}
          units={units}
          onChange={(u) => onChange({ ...step, unit: { ...u, code: u.code ?? '' } })}
        />
      ) : null}
      <button type="button" className="btn btn-small btn-quiet" onClick={() => onChange(null)}>
        {t({ vi: 'Bỏ bước này', en: 'Remove this step' })}
      </button>
    </fieldset>
  );
}
