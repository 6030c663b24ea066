// One field of a record form, typed in as people here do: dates as dd/MM/yyyy, counts as
// digits, yes/no and choices as selects, campaigns from the province's list.
import { Field } from '../../components/field';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { Campaign } from '../../lib/types';
import type { RecordField } from './record-kinds';

interface RecordFieldControlProps {
  field: RecordField;
  value: string | boolean | undefined;
  error: string | undefined;
  campaigns: Campaign[];
  onChange: (value: string | boolean) => void;
}

const HINTS = {
  date: M.dateHint,
  dateOptional: M.optionalDateHint,
  urlOptional: M.optional,
} as const;

export function RecordFieldControl(props: RecordFieldControlProps) {
  const { field: f, value, error, campaigns, onChange: set } = props;
  const { t } = useLang();
  const hint = f.type in HINTS ? HINTS[f.type as keyof typeof HINTS] : undefined;
  return (
    <Field name={f.name} label={t(f.label)} hint={hint ? t(hint) : undefined} error={error}>
      {(p) => {
        if (f.type === 'bool')
          return (
            <select
              {...p}
              value={value ? 'yes' : 'no'}
              onChange={(e) => set(e.target.value === 'yes')}
            >
              <option value="yes">{t(M.yes)}</option>
              <option value="no">{t(M.no)}</option>
            </select>
          );
        if (f.type === 'choice' || f.type === 'campaign') {
          const options =
            f.type === 'campaign'
              ? campaigns.map((c) => ({ value: c.id, label: c.title }))
              : (f.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }));
          return (
            <select {...p} value={String(value)} onChange={(e) => set(e.target.value)}>
              {f.type === 'campaign' ? <option value="">{t(M.chooseOne)}</option> : null}
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        }
        if (f.type === 'textarea')
          return (
            <textarea {...p} rows={3} value={String(value)} onChange={(e) => set(e.target.value)} />
          );
        const isDate = f.type === 'date' || f.type === 'dateOptional';
        const isUrl = f.type === 'url' || f.type === 'urlOptional';
        return (
          <input
            {...p}
            type={isUrl ? 'url' : 'text'}
            inputMode={isDate || f.type === 'count' ? 'numeric' : isUrl ? 'url' : undefined}
            placeholder={isDate ? 'dd/MM/yyyy' : isUrl ? 'https://' : undefined}
            autoComplete="off"
            value={String(value)}
            onChange={(e) => set(e.target.value)}
          />
        );
      }}
    </Field>
  );
}
