// One change of an amendment: what kind of change, to which indicator or deadline, and
// its new kinds, target or date. Every control is labelled; kinds are checkboxes.
import {
  type Indicator,
  type ReportingDeadline,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '@lantoa/domain';
import { ChoiceGroup, ChoiceOption } from '../../components/choice-group';
import { Field } from '../../components/field';
import { useLang } from '../../lib/i18n';
import { AddedIndicatorFields } from './added-indicator-fields';
import type { DraftChange, DraftChangeType } from './amendment-draft';
import { CHANGE_TYPE_LABELS } from './plan-format';

const TYPES: DraftChangeType[] = [
  'set_unit_kinds',
  'set_target',
  'set_schedule',
  'set_deadline',
  'retire_indicator',
  'add_indicator',
];

interface ChangeEditorProps {
  index: number;
  change: DraftChange;
  indicators: readonly Indicator[];
  deadlines: readonly ReportingDeadline[];
  errors: Record<string, string | undefined>;
  onChange: (change: DraftChange) => void;
  onRemove: () => void;
}

function KindBoxes(props: {
  legend: string;
  value: UnitKind[];
  error: string | undefined;
  onChange: (kinds: UnitKind[]) => void;
}) {
  const { t } = useLang();
  return (
    <ChoiceGroup legend={props.legend} error={props.error}>
      {UNIT_KINDS.map((k) => (
        <ChoiceOption
          key={k}
          type="checkbox"
          name={props.legend}
          checked={props.value.includes(k)}
          label={t(UNIT_KIND_LABELS[k])}
          onChange={(on) =>
            props.onChange(on ? [...props.value, k] : props.value.filter((x) => x !== k))
          }
        />
      ))}
    </ChoiceGroup>
  );
}

export function ChangeEditor({
  index,
  change: c,
  indicators,
  deadlines,
  errors,
  onChange,
  onRemove,
}: ChangeEditorProps) {
  const { t } = useLang();
  const at = (key: string) => errors[`changes.${index}.${key}`];
  const set = (patch: Partial<DraftChange>) => onChange({ ...c, ...patch });
  const isAdd = c.type === 'add_indicator';
  return (
    <fieldset className="stack plan-change">
      <legend>
        {t({ vi: 'Thay đổi', en: 'Change' })} {index + 1}
      </legend>
      <Field name={`type-${index}`} label={t({ vi: 'Loại thay đổi', en: 'Kind of change' })}>
        {(p) => (
          <select
            {...p}
            value={c.type}
            onChange={(e) => set({ type: e.target.value as DraftChangeType })}
          >
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t(CHANGE_TYPE_LABELS[type])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {c.type === 'add_indicator' ? (
        <AddedIndicatorFields
          index={index}
          value={c.added}
          errorAt={(path) => at(`indicator.${path}`)}
          onChange={(added) => set({ added })}
        />
      ) : c.type === 'set_deadline' ? (
        <Field
          name={`deadline-${index}`}
          label={t({ vi: 'Hạn báo cáo', en: 'Reporting deadline' })}
        >
          {(p) => (
            <select
              {...p}
              value={c.deadlineId}
              onChange={(e) => set({ deadlineId: e.target.value })}
            >
              {deadlines.map((d) => (
                <option key={d.id} value={d.id}>
                  {t(d.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field
          name={`indicator-${index}`}
          label={t({ vi: 'Chỉ tiêu', en: 'Indicator' })}
          error={at('indicator')}
        >
          {(p) => (
            <select
              {...p}
              value={c.indicator}
              onChange={(e) => set({ indicator: e.target.value as DraftChange['indicator'] })}
            >
              {indicators.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} · {t(i.shortTitle)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {c.type === 'set_unit_kinds' || c.type === 'set_deadline' || isAdd ? (
        <KindBoxes
          legend={t({ vi: 'Áp dụng cho', en: 'Applies to' })}
          value={c.appliesTo}
          error={at('appliesTo') ?? at('indicator.appliesTo')}
          onChange={(appliesTo) => set({ appliesTo })}
        />
      ) : null}
      {c.type === 'set_unit_kinds' || isAdd ? (
        <KindBoxes
          legend={t({ vi: 'Tỷ lệ “100% …” tính theo', en: 'The “100% …” figure counts' })}
          value={c.rollupKinds}
          error={at('rollupKinds') ?? at('indicator.rollupKinds')}
          onChange={(rollupKinds) => set({ rollupKinds })}
        />
      ) : null}
      {c.type === 'set_target' || isAdd ? (
        <div className="grid-2">
          <Field
            name={`target-vi-${index}`}
            label={t({ vi: 'Mục tiêu (tiếng Việt)', en: 'Target (Vietnamese)' })}
            error={at('target.vi') ?? at('indicator.target.vi')}
          >
            {(p) => (
              <input
                {...p}
                value={c.targetVi}
                onChange={(e) => set({ targetVi: e.target.value })}
              />
            )}
          </Field>
          <Field
            name={`target-en-${index}`}
            label={t({ vi: 'Mục tiêu (tiếng Anh)', en: 'Target (English)' })}
            error={at('target.en') ?? at('indicator.target.en')}
          >
            {(p) => (
              <input
                {...p}
                value={c.targetEn}
                onChange={(e) => set({ targetEn: e.target.value })}
              />
            )}
          </Field>
        </div>
      ) : null}
      {c.type === 'set_schedule' ||
      c.type === 'set_deadline' ||
      (isAdd && c.added.scheduleKind === 'deadline') ? (
        <Field
          name={`due-${index}`}
          label={t({ vi: 'Hạn mới (dd/MM/yyyy)', en: 'New due date (dd/MM/yyyy)' })}
          error={at('schedule.due') ?? at('due') ?? at('indicator.schedule.due')}
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              placeholder="dd/MM/yyyy"
              value={c.due}
              onChange={(e) => set({ due: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      <button type="button" className="btn btn-quiet btn-small" onClick={onRemove}>
        {t({ vi: 'Bỏ thay đổi', en: 'Remove change' })} {index + 1}
      </button>
    </fieldset>
  );
}
