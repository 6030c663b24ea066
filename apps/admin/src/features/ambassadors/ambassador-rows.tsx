// The repeating parts of an ambassador's profile: channels (platform, link, followers) and
// the units and programs they accompany. Each row is numbered in its labels, so a screen
// reader says which row a field or its error belongs to.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { TextField } from '../../components/text-field';
import { trpc } from '../../lib/api';
import type { FieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';

export type ChannelRow = { platform: string; url: string; followers: string };
export type UnitRow = { unitId: string; program: string };

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
  const { data: tree } = useSuspenseQuery(trpc.units.tree.queryOptions());
  return (
    <fieldset className="links">
      <legend>{t(M.unitsPrograms)}</legend>
      {rows.map((u, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is the row
        <div key={i} className="link-row">
          <Field
            name={`units.${i}.unitId`}
            label={`${t('unit')} ${i + 1}`}
            error={errors[`units.${i}.unitId`]}
          >
            {(p) => (
              <select
                {...p}
                value={u.unitId}
                onChange={(e) => onChange(replace(rows, i, { unitId: e.target.value }))}
              >
                <option value="">{t(M.chooseOne)}</option>
                {tree.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
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
