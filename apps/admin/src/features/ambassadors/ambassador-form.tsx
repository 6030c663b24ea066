// An ambassador's profile: name, field, status, term, photo, contacts (personal data),
// channels with follower counts, and the units and programs they accompany.
import {
  AMBASSADOR_FIELDS,
  AMBASSADOR_STATUSES,
  formatDateVi,
  parseDateVi,
  SCHEMA_MESSAGES,
  ZSaveAmbassadorInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import {
  errorCode,
  errorData,
  errorMessage,
  type FieldErrors,
  serverFieldErrors,
  zodFieldErrors,
} from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';
import type { AmbassadorDetail } from '../../lib/types';
import { FIELD_LABELS, STATUS_LABELS } from './ambassador-labels';

interface Props {
  ambassador: AmbassadorDetail | null;
  onClose: (savedId?: string) => void;
}

const date = (iso: string | null) => (iso ? formatDateVi(iso) : '');
const isoOrNull = (text: string) =>
  text.trim() === '' ? null : (parseDateVi(text.trim()) ?? text);

export function AmbassadorForm({ ambassador: a, onClose }: Props) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const { data: tree } = useSuspenseQuery(trpc.units.tree.queryOptions());
  const [f, setF] = useState({
    name: a?.name ?? '',
    field: a?.field ?? 'other',
    status: a?.status ?? 'invited',
    photoUrl: a?.photoUrl ?? '',
    contactEmail: a?.contactEmail ?? '',
    contactPhone: a?.contactPhone ?? '',
    termFrom: date(a?.termFrom ?? null),
    termTo: date(a?.termTo ?? null),
  });
  const [channels, setChannels] = useState(
    (a?.channels ?? []).map((c) => ({ ...c, followers: String(c.followers) })),
  );
  const [units, setUnits] = useState(
    (a?.units ?? []).map((u) => ({ unitId: u.id, program: u.program })),
  );
  const [version, setVersion] = useState(a?.version ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.ambassadors.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.ambassadors.pathKey() }),
    }),
  );
  const text = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [key]: e.target.value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ZSaveAmbassadorInput.safeParse({
      id: a?.id ?? null,
      version,
      name: f.name,
      field: f.field,
      status: f.status,
      photoUrl: f.photoUrl.trim() || null,
      contactEmail: f.contactEmail.trim() || null,
      contactPhone: f.contactPhone.trim() || null,
      termFrom: isoOrNull(f.termFrom),
      termTo: isoOrNull(f.termTo),
      channels: channels.map((c) => ({
        ...c,
        followers: /^\d+$/.test(c.followers.trim()) ? Number(c.followers) : Number.NaN,
      })),
      units: units.filter((u) => u.unitId !== ''),
    });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error.issues, lang);
      for (const key of ['termFrom', 'termTo'] as const)
        if (found[key] && f[key].trim() && !parseDateVi(f[key].trim()))
          found[key] = SCHEMA_MESSAGES.viDate[lang];
      return setErrors(found);
    }
    setErrors({});
    try {
      const saved = await save.mutateAsync(parsed.data);
      onClose((saved as { id: string }).id);
    } catch (err) {
      const current = errorData(err).details?.current as { version?: number } | undefined;
      if (errorCode(err) === 'CONFLICT' && current?.version !== undefined)
        setVersion(current.version);
      setErrors(serverFieldErrors(err, lang));
      setError(errorMessage(err, lang));
    }
  }

  const input = (
    key: keyof typeof f,
    label: string,
    extra: { hint?: string; type?: string } = {},
  ) => (
    <Field name={key} label={label} hint={extra.hint} error={errors[key]}>
      {(p) => <input {...p} type={extra.type ?? 'text'} value={f[key]} onChange={text(key)} />}
    </Field>
  );

  return (
    <Sheet title={a ? a.name : t(M.addAmbassador)} onClose={() => onClose()}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {input('name', t('name'))}
        <div className="grid-2">
          <Field name="field" label={t(M.field)} error={errors.field}>
            {(p) => (
              <select {...p} value={f.field} onChange={text('field')}>
                {AMBASSADOR_FIELDS.map((v) => (
                  <option key={v} value={v}>
                    {t(FIELD_LABELS[v])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="status" label={t(M.ambStatus)} error={errors.status}>
            {(p) => (
              <select {...p} value={f.status} onChange={text('status')}>
                {AMBASSADOR_STATUSES.map((v) => (
                  <option key={v} value={v}>
                    {t(STATUS_LABELS[v])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {input('termFrom', t(M.termFrom), { hint: t(M.optionalDateHint) })}
          {input('termTo', t(M.termTo), { hint: t(M.optionalDateHint) })}
        </div>
        {input('photoUrl', t(M.photoUrl), { type: 'url' })}
        <p className="field-hint">{t(M.maskedNote)}</p>
        <div className="grid-2">
          {input('contactEmail', t(M.contactEmail), { type: 'email' })}
          {input('contactPhone', t(M.contactPhone), { type: 'tel' })}
        </div>
        <fieldset className="links">
          <legend>{t(M.channels)}</legend>
          {channels.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is the row
            <div key={i} className="link-row row-3">
              {(['platform', 'url', 'followers'] as const).map((key) => (
                <Field
                  key={key}
                  name={`channels.${i}.${key}`}
                  label={`${t(key === 'url' ? M.link : M[key])} ${i + 1}`}
                  error={errors[`channels.${i}.${key}`]}
                >
                  {(p) => (
                    <input
                      {...p}
                      inputMode={
                        key === 'followers' ? 'numeric' : key === 'url' ? 'url' : undefined
                      }
                      value={c[key]}
                      onChange={(e) =>
                        setChannels(
                          channels.map((x, j) => (j === i ? { ...x, [key]: e.target.value } : x)),
                        )
                      }
                    />
                  )}
                </Field>
              ))}
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => setChannels(channels.filter((_, j) => j !== i))}
              >
                {t(M.removeRow)} {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn"
            onClick={() =>
              setChannels([...channels, { platform: 'Facebook', url: '', followers: '0' }])
            }
          >
            + {t(M.addChannel)}
          </button>
        </fieldset>
        <fieldset className="links">
          <legend>{t(M.unitsPrograms)}</legend>
          {units.map((u, i) => (
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
                    onChange={(e) =>
                      setUnits(
                        units.map((x, j) => (j === i ? { ...x, unitId: e.target.value } : x)),
                      )
                    }
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
              <Field
                name={`units.${i}.program`}
                label={`${t(M.program)} ${i + 1}`}
                error={errors[`units.${i}.program`]}
              >
                {(p) => (
                  <input
                    {...p}
                    value={u.program}
                    onChange={(e) =>
                      setUnits(
                        units.map((x, j) => (j === i ? { ...x, program: e.target.value } : x)),
                      )
                    }
                  />
                )}
              </Field>
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => setUnits(units.filter((_, j) => j !== i))}
              >
                {t(M.removeRow)} {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn"
            onClick={() => setUnits([...units, { unitId: '', program: '' }])}
          >
            + {t(M.addUnitRow)}
          </button>
        </fieldset>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('save')}
          </button>
          <button type="button" className="btn" onClick={() => onClose()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
