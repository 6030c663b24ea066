// One field of a record form, typed in as people here do: dates as dd/MM/yyyy, counts as
// digits, yes/no and choices as selects, campaigns picked and searched on the server.
import { Field } from '../../components/field';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import { CampaignPicker } from './campaign-picker';
import type { RecordField } from './record-kinds';

interface RecordFieldControlProps {
  field: RecordField;
  value: string | boolean | undefined;
  error: string | undefined;
  /** The title of the campaign an edited record names. */
  campaignTitle?: string | undefined;
  onChange: (value: string | boolean) => void;
}

const HINTS = {
  date: M.dateHint,
  dateOptional: M.optionalDateHint,
  urlOptional: M.optional,
  campaign: M.moreCampaignsHint,
} as const;

export function RecordFieldControl(props: RecordFieldControlProps) {
  const { field: f, value, error, campaignTitle, onChange: set } = props;
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
        if (f.type === 'campaign')
          return (
            <CampaignPicker
              control={p}
              value={String(value ?? '')}
              currentTitle={campaignTitle}
              onChange={set}
            />
          );
        if (f.type === 'choice') {
          const options = (f.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }));
          return (
            <select {...p} value={String(value)} onChange={(e) => set(e.target.value)}>
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
