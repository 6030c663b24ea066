// Fill in an official report before it is generated (Decree 30): unit, report, year,
// number, place and date, who signs, recipients, and the assessment and proposals the
// user writes. The server checks the same schema and keeps the file it makes (shared form
// layer, decision 30).
import {
  OFFICIAL_REPORT_KIND_LABELS,
  OFFICIAL_REPORT_KINDS,
  type OfficialReportKind,
  todayInVietnam,
  ZOfficialReportInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/field';
import { UnitPicker } from '../../components/unit-picker';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import { PLAN_YEARS } from '../../lib/search';
import { defaultRecipients, placeOf, REPORTING_KINDS } from './report-defaults';
import { R } from './report-words';

interface UnitOption {
  id: string;
  name: string;
  kind: import('@lantoa/domain').UnitKind;
}

export function OfficialReportForm({
  first,
  provinceName,
  onMade,
}: {
  /** The unit the form starts with: the province for its board, else the user's own. */
  first: UnitOption;
  provinceName: string;
  onMade: (made: { id: string; fileName: string }) => void;
}) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const generate = useMutation(
    trpc.officialReports.generate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.officialReports.pathKey() }),
    }),
  );
  const of = useSchemaForm({
    defaultValues: {
      unitId: first.id,
      kind: 'annual' as OfficialReportKind,
      year: new Date().getFullYear() - 1,
      number: '',
      place: placeOf(provinceName),
      issuedOn: todayInVietnam(new Date()) as string | undefined,
      signingAuthority: 'TM. BAN THƯỜNG VỤ',
      signerTitle: 'CHỦ TỊCH',
      signerName: '',
      recipients: defaultRecipients(first.kind),
      assessment: '',
      proposals: '',
    },
    check: (f) =>
      check(
        ZOfficialReportInput,
        {
          ...f,
          issuedOn: f.issuedOn ?? '',
          recipients: f.recipients
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
        generate.mutateAsync,
      ),
    onSaved: (made) => onMade(made),
  });
  const { values: f, errors, update: set } = of;

  const text = (
    key: 'number' | 'place' | 'signingAuthority' | 'signerTitle' | 'signerName',
    hint?: string,
  ) => (
    <Field name={key} label={t(R[key])} error={errors[key]} {...(hint ? { hint } : {})}>
      {(p) => <input {...p} value={f[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );
  const area = (key: 'recipients' | 'assessment' | 'proposals', rows: number, hint?: string) => (
    <Field name={key} label={t(R[key])} error={errors[key]} {...(hint ? { hint } : {})}>
      {(p) => (
        <textarea
          {...p}
          rows={rows}
          value={f[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      onSubmit={of.onSubmit}
      noValidate
      className="stack card"
      aria-labelledby="report-form-title"
    >
      <h2 id="report-form-title">{t(R.formTitle)}</h2>
      <FormAlert message={of.formError} />
      <div className="grid-2">
        <UnitPicker
          name="unitId"
          label={t(R.unit)}
          value={f.unitId}
          valueName={first.name}
          kinds={REPORTING_KINDS}
          error={errors.unitId}
          onChange={(unitId, unit) =>
            set({ unitId, recipients: defaultRecipients(unit?.kind ?? first.kind) })
          }
        />
        <Field name="year" label={t('year')} error={errors.year}>
          {(p) => (
            <select {...p} value={f.year} onChange={(e) => set({ year: Number(e.target.value) })}>
              {[2022, 2023, ...PLAN_YEARS].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="choice">
        <legend>{t(R.kind)}</legend>
        {OFFICIAL_REPORT_KINDS.map((k) => (
          <label key={k} className="choice-option">
            <input
              type="radio"
              name="kind"
              checked={f.kind === k}
              onChange={() => set({ kind: k })}
            />
            {t(OFFICIAL_REPORT_KIND_LABELS[k])}
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        {text('number', t(R.numberHint))}
        {text('place')}
      </div>
      {/* The date input brings its own format check; the label wraps it, as on the dashboard. */}
      <div className={errors.issuedOn ? 'field field-invalid' : 'field'}>
        <label>
          {t(R.issuedOn)} <span className="field-hint">(dd/MM/yyyy)</span>
          <ViDateInput value={f.issuedOn} onChange={(iso) => set({ issuedOn: iso })} />
        </label>
        {errors.issuedOn ? <p className="field-error">⚠ {errors.issuedOn}</p> : null}
      </div>
      <div className="grid-2">
        {text('signingAuthority')}
        {text('signerTitle')}
      </div>
      {text('signerName')}
      {area('recipients', 4, t(R.recipientsHint))}
      {area('assessment', 6)}
      {area('proposals', 4)}
      <p>
        <button type="submit" className="btn btn-primary" disabled={generate.isPending}>
          {generate.isPending ? t('loading') : t(R.generate)}
        </button>
      </p>
    </form>
  );
}
