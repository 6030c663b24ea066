// One step of a reorganisation being built: its kind and the units it names. A split
// lists every unit under the split unit with a choice of successor, so none is forgotten.
import type { ReorganisationStep } from '@lantoa/domain';
import { useId } from 'react';
import { useLang } from '../../lib/i18n';
import { MergeFields } from './merge-fields';
import { blankStep, STEP_LABELS, type StepType } from './reorganisation-labels';
import { SplitFields } from './split-fields';
import type { Of } from './step-types';
import { NewUnitFields, UnitSelect } from './unit-fields';

interface StepEditorProps {
  index: number;
  step: ReorganisationStep;
  /** The reorganisation's effective date: the units of that day are offered. */
  asOf: string | undefined;
  onChange: (step: ReorganisationStep | null) => void;
}

export function StepEditor({ index, step, asOf, onChange }: StepEditorProps) {
  const { t } = useLang();
  const id = useId();
  const unitField = (s: Of<'dissolve'> | Of<'move'> | Of<'rename'>) => (
    <UnitSelect
      label={t({ vi: 'Đơn vị', en: 'Unit' })}
      value={s.unit}
      asOf={asOf}
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
      {step.type === 'merge' ? <MergeFields step={step} asOf={asOf} onChange={onChange} /> : null}
      {step.type === 'split' ? <SplitFields step={step} asOf={asOf} onChange={onChange} /> : null}
      {step.type === 'dissolve' ? unitField(step) : null}
      {step.type === 'move' ? (
        <>
          {unitField(step)}
          <UnitSelect
            label={t({ vi: 'Chuyển về trực thuộc', en: 'Move under' })}
            value={step.parentCode}
            asOf={asOf}
            exclude={[step.unit]}
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
          asOf={asOf}
          onChange={(u) => onChange({ ...step, unit: { ...u, code: u.code ?? '' } })}
        />
      ) : null}
      <button type="button" className="btn btn-small btn-quiet" onClick={() => onChange(null)}>
        {t({ vi: 'Bỏ bước này', en: 'Remove this step' })}
      </button>
    </fieldset>
  );
}
