// Form controls the step editors share: a unit chosen by name (its code is what the step
// stores), several units, and the fields of a unit the reorganisation creates.
import {
  foldVietnamese,
  type NewUnit,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '@lantoa/domain';
import { useId, useState } from 'react';
import { useLang } from '../../lib/i18n';
import type { TreeUnit } from '../../lib/types';

interface UnitSelectProps {
  label: string;
  value: string;
  units: readonly TreeUnit[];
  onChange: (code: string) => void;
  allowNone?: boolean;
}

export function UnitSelect({ label, value, units, onChange, allowNone }: UnitSelectProps) {
  const id = useId();
  const { t } = useLang();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">
          {allowNone
            ? t({ vi: '— không —', en: '— none —' })
            : t({ vi: '— chọn —', en: '— choose —' })}
        </option>
        {units.map((u) => (
          <option key={u.id} value={u.code}>
            {u.name} · {t(UNIT_KIND_LABELS[u.kind])}
          </option>
        ))}
      </select>
    </div>
  );
}

interface UnitChecklistProps {
  legend: string;
  values: readonly string[];
  units: readonly TreeUnit[];
  onChange: (codes: string[]) => void;
}

/** Checkboxes rather than <select multiple>: usable by thumb and by keyboard alike. A
 *  province has hundreds of units, so a filter (diacritics optional) narrows the list;
 *  units already ticked stay in view. */
export function UnitChecklist({ legend, values, units, onChange }: UnitChecklistProps) {
  const { t } = useLang();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = foldVietnamese(filter).trim();
  const shown = units.filter(
    (u) => values.includes(u.code) || foldVietnamese(`${u.name} ${u.code}`).includes(needle),
  );
  return (
    <fieldset className="choice unit-checklist">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={id}>{t({ vi: 'Lọc theo tên', en: 'Filter by name' })}</label>
        <input id={id} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {shown.map((u) => (
        <label key={u.id} className="choice-option">
          <input
            type="checkbox"
            checked={values.includes(u.code)}
            onChange={(e) =>
              onChange(e.target.checked ? [...values, u.code] : values.filter((c) => c !== u.code))
            }
          />
          {u.name} <span className="unit-kind">{t(UNIT_KIND_LABELS[u.kind])}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface NewUnitFieldsProps {
  unit: Omit<NewUnit, 'code'> & { code?: string };
  units: readonly TreeUnit[];
  onChange: (unit: NewUnitFieldsProps['unit']) => void;
  showCode?: boolean;
}

export function NewUnitFields({ unit, units, onChange, showCode = true }: NewUnitFieldsProps) {
  const { t } = useLang();
  const id = useId();
  return (
    <div className="new-unit">
      {showCode ? (
        <div className="field">
          <label htmlFor={`${id}-code`}>{t({ vi: 'Mã đơn vị mới', en: 'New unit code' })}</label>
          <input
            id={`${id}-code`}
            value={unit.code ?? ''}
            autoCapitalize="none"
            onChange={(e) => onChange({ ...unit, code: e.target.value.trim() })}
          />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t({ vi: 'Tên đơn vị mới', en: 'New unit name' })}</label>
        <input
          id={`${id}-name`}
          value={unit.name}
          onChange={(e) => onChange({ ...unit, name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t({ vi: 'Cấp', en: 'Kind' })}</label>
        <select
          id={`${id}-kind`}
          value={unit.kind}
          onChange={(e) => onChange({ ...unit, kind: e.target.value as UnitKind })}
        >
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(UNIT_KIND_LABELS[k])}
            </option>
          ))}
        </select>
      </div>
      <UnitSelect
        label={t({ vi: 'Trực thuộc', en: 'Under' })}
        value={unit.parentCode ?? ''}
        units={units}
        allowNone
        onChange={(code) => onChange({ ...unit, parentCode: code || null })}
      />
    </div>
  );
}
