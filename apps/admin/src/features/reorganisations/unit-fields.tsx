// Form controls the step editors share: a unit chosen by name (its code is what the step
// stores), several units, and the fields of a unit the reorganisation creates. Units are
// searched on the server as they stood on the reorganisation's effective date (decision 38).
import { type NewUnit, UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@lantoa/domain';
import { useId, useState } from 'react';
import { UnitPicker } from '../../components/unit-picker';
import { useLang } from '../../lib/i18n';

interface UnitSelectProps {
  label: string;
  /** The chosen unit's code. */
  value: string;
  /** The effective date: the units of that day are offered. */
  asOf: string | undefined;
  /** Codes not offered (the unit itself, the units merged). */
  exclude?: readonly string[] | undefined;
  onChange: (code: string) => void;
  allowNone?: boolean;
}

export function UnitSelect({ label, value, asOf, exclude, onChange, allowNone }: UnitSelectProps) {
  const { t } = useLang();
  return (
    <UnitPicker
      name="unit"
      label={label}
      by="code"
      value={value}
      asOf={asOf}
      exclude={exclude}
      blank={allowNone ? t({ vi: '— không —', en: '— none —' }) : undefined}
      error={undefined}
      onChange={(code) => onChange(code)}
    />
  );
}

interface UnitChecklistProps {
  legend: string;
  /** The chosen units' codes. */
  values: readonly string[];
  asOf: string | undefined;
  onChange: (codes: string[]) => void;
}

/** Several units: each chosen one listed with a button that takes it out, and a picker that
 *  adds another (a province has hundreds of units, Central thousands: searched, not listed). */
export function UnitChecklist({ legend, values, asOf, onChange }: UnitChecklistProps) {
  const { t } = useLang();
  const [names, setNames] = useState<Record<string, string>>({});
  return (
    <fieldset className="choice unit-checklist">
      <legend>{legend}</legend>
      <ul className="chosen-units">
        {values.map((code) => (
          <li key={code}>
            <span>{names[code] ?? code}</span>{' '}
            <button
              type="button"
              className="btn btn-small btn-quiet"
              onClick={() => onChange(values.filter((c) => c !== code))}
            >
              {t({ vi: 'Bỏ', en: 'Remove' })}{' '}
              <span className="visually-hidden">{names[code] ?? code}</span>
            </button>
          </li>
        ))}
      </ul>
      <UnitPicker
        name="add-unit"
        label={t({ vi: 'Thêm đơn vị', en: 'Add a unit' })}
        by="code"
        value=""
        asOf={asOf}
        exclude={values}
        error={undefined}
        onChange={(code, unit) => {
          if (!code) return;
          setNames((n) => ({ ...n, [code]: unit?.name ?? code }));
          onChange([...values, code]);
        }}
      />
    </fieldset>
  );
}

interface NewUnitFieldsProps {
  unit: Omit<NewUnit, 'code'> & { code?: string };
  asOf: string | undefined;
  onChange: (unit: NewUnitFieldsProps['unit']) => void;
  showCode?: boolean;
}

export function NewUnitFields({ unit, asOf, onChange, showCode = true }: NewUnitFieldsProps) {
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
        asOf={asOf}
        allowNone
        onChange={(code) => onChange({ ...unit, parentCode: code || null })}
      />
    </div>
  );
}
