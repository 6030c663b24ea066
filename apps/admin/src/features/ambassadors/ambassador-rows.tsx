// The repeating parts of an ambassador's profile: channels (platform, link, followers) and
// the units and programs they accompany. Each row is numbered in its labels, so a screen
// reader says which row a field or its error belongs to.
import { TextField } from '../../components/text-field';
import { UnitPicker } from '../../components/unit-picker';
import type { FieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';

export type ChannelRow = { platform: string; url: string; followers: string };
/** A unit the ambassador accompanies; its name shows in the picker until another is chosen. */
export type UnitRow = { unitId: string; unitName?: string; program: string };

const replace = <T,>(rows: T[], i: number, patch: Partial<T>) =>
  rows.map((row, j) => (j === i ? { ...row, ...patch } : row));

function RemoveRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useLang();
  return (
    <button type="button" className="btn btn-quiet" onClick={onRemove}>
      {t(M.removeRow)} {index + 1}
    </button>
  );
}

interface RowsProps<T> {
  rows: T[];
  errors: FieldErrors;
  onChange: (rows: T[]) => void;
}

export function ChannelRows({ rows, errors, onChange }: RowsProps<ChannelRow>) {
  const { t } = useLang();
  return (
    <fieldset className="links">
      <legend>{t(M.channels)}</legend>
      {rows.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is the row
        <div key={i} className="link-row row-3">
          {(['platform', 'url', 'followers'] as const).map((key) => (
            <TextField
              key={key}
              name={`channels.${i}.${key}`}
              label={`${t(key === 'url' ? M.link : M[key])} ${i + 1}`}
              inputMode={key === 'followers' ? 'numeric' : key === 'url' ? 'url' : undefined}
              value={c[key]}
              error={errors[`channels.${i}.${key}`]}
              onChange={(value) => onChange(replace(rows, i, { [key]: value }))}
            />
          ))}
          <RemoveRow index={i} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <button
        type="button"
        className="btn"
        onClick={() => onChange([...rows, { platform: 'Facebook', url: '', followers: '0' }])}
      >
        + {t(M.addChannel)}
      </button>
    </fieldset>
  );
}

export function UnitRows({ rows, errors, onChange }: RowsProps<UnitRow>) {
  const { t } = useLang();
  return (
    <fieldset className="links">
      <legend>{t(M.unitsPrograms)}</legend>
      {rows.map((u, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is the row
        <div key={i} className="link-row">
          <UnitPicker
            name={`units.${i}.unitId`}
            label={`${t('unit')} ${i + 1}`}
            value={u.unitId}
            valueName={u.unitName}
            error={errors[`units.${i}.unitId`]}
            onChange={(unitId, unit) =>
              onChange(replace(rows, i, { unitId, unitName: unit?.name ?? '' }))
            }
          />
          <TextField
            name={`units.${i}.program`}
            label={`${t(M.program)} ${i + 1}`}
            value={u.program}
            error={errors[`units.${i}.program`]}
            onChange={(program) => onChange(replace(rows, i, { program }))}
          />
          <RemoveRow index={i} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <button
        type="button"
        className="btn"
        onClick={() => onChange([...rows, { unitId: '', program: '' }])}
      >
        + {t(M.addUnitRow)}
      </button>
    </fieldset>
  );
}
