// Recording an amendment (administrators): its date, legal basis and changes, checked by
// the domain's schema as typed (shared form layer, decision 30); a preview from the server
// before it can be saved.
import {
  type Indicator,
  type PlanAmendmentInput,
  type ReportingDeadline,
  ZPlanAmendmentInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field } from '../../components/field';
import { Sheet } from '../../components/sheet';
import { trpc } from '../../lib/api';
import { check, FormAlert, useSchemaForm } from '../../lib/forms';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { type AmendmentDraft, type DraftChange, draftToInput, newChange } from './amendment-draft';
import { AmendmentPreview } from './amendment-preview';
import { ChangeEditor } from './change-editor';

type Preview = { input: PlanAmendmentInput; preview: RouterOutputs['plan']['previewAmendment'] };

interface AmendmentFormProps {
  indicators: readonly Indicator[];
  deadlines: readonly ReportingDeadline[];
  onClose: (message?: string) => void;
}

export function AmendmentForm({ indicators, deadlines, onClose }: AmendmentFormProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const blank = () => newChange(indicators[0]?.code ?? 'CT-01', deadlines[0]?.id ?? '');
  const [checked, setChecked] = useState<Preview | null>(null);
  const record = useMutation(
    trpc.plan.recordAmendment.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
  const preview = async (input: PlanAmendmentInput): Promise<Preview> => ({
    input,
    preview: await queryClient.fetchQuery(
      trpc.plan.previewAmendment.queryOptions(input, { staleTime: 0 }),
    ),
  });
  // Preview and save both check the draft with the schema; save sends what was previewed.
  const af = useSchemaForm({
    defaultValues: {
      effectiveOn: '',
      number: '',
      issuedOn: '',
      issuer: '',
      summary: '',
      changes: [blank()],
    } satisfies AmendmentDraft,
    check: (draft, _version, intent: 'preview' | 'save') =>
      check(ZPlanAmendmentInput, draftToInput(draft), (input) =>
        intent === 'save' ? record.mutateAsync(input).then(() => null) : preview(input),
      ),
    fieldOf: (path) => path.replace(/^legalBasis\./, ''),
    onSaved: (result) =>
      result
        ? setChecked(result)
        : onClose(t({ vi: 'Đã ghi nhận văn bản sửa đổi.', en: 'Amendment recorded.' })),
  });
  const { values: draft, errors } = af;
  // Any edit makes the preview stale: it must be asked for again before saving.
  const edit = (patch: Partial<AmendmentDraft>) => {
    af.update(patch);
    setChecked(null);
  };
  const editChange = (index: number, change: DraftChange | null) =>
    edit({
      changes: change
        ? draft.changes.map((c, i) => (i === index ? change : c))
        : draft.changes.filter((_, i) => i !== index),
    });

  const text = (key: 'number' | 'issuer', label: string, error?: string) => (
    <Field name={key} label={label} error={error}>
      {(p) => <input {...p} value={draft[key]} onChange={(e) => edit({ [key]: e.target.value })} />}
    </Field>
  );
  const date = (key: 'effectiveOn' | 'issuedOn', label: string, error?: string) => (
    <Field name={key} label={label} hint="dd/MM/yyyy" error={error}>
      {(p) => (
        <input
          {...p}
          inputMode="numeric"
          placeholder="dd/MM/yyyy"
          value={draft[key]}
          onChange={(e) => edit({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <Sheet
      title={t({ vi: 'Ghi nhận văn bản sửa đổi', en: 'Record an amendment' })}
      onClose={() => onClose()}
    >
      <form onSubmit={(event) => af.onSubmit(event, 'preview')} noValidate className="stack">
        <FormAlert message={af.formError} />
        {date(
          'effectiveOn',
          t({ vi: 'Có hiệu lực từ ngày', en: 'In force from' }),
          errors.effectiveOn,
        )}
        <div className="grid-2">
          {text('number', t({ vi: 'Số văn bản', en: 'Document number' }), errors.number)}
          {date('issuedOn', t({ vi: 'Ngày ban hành', en: 'Issued on' }), errors.issuedOn)}
        </div>
        {text('issuer', t({ vi: 'Cơ quan ban hành', en: 'Issued by' }), errors.issuer)}
        <Field
          name="summary"
          label={t({ vi: 'Nội dung tóm tắt', en: 'Summary' })}
          error={errors.summary}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={draft.summary}
              onChange={(e) => edit({ summary: e.target.value })}
            />
          )}
        </Field>
        {draft.changes.map((change, index) => (
          <ChangeEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: changes are edited in place, never reordered
            key={index}
            index={index}
            change={change}
            indicators={indicators}
            deadlines={deadlines}
            errors={errors}
            onChange={(next) => editChange(index, next)}
            onRemove={() => editChange(index, null)}
          />
        ))}
        {errors.changes ? <p className="field-error">{errors.changes}</p> : null}
        <button
          type="button"
          className="btn"
          onClick={() => edit({ changes: [...draft.changes, blank()] })}
        >
          {t({ vi: 'Thêm một thay đổi', en: 'Add a change' })}
        </button>
        <button type="submit" className="btn">
          {t({ vi: 'Xem trước', en: 'Preview' })}
        </button>
        {checked ? <AmendmentPreview preview={checked.preview} /> : null}
        <button
          type="button"
          className="btn btn-primary"
          disabled={!checked || checked.preview.problems.length > 0 || af.isSubmitting}
          onClick={() => void af.submit('save')}
        >
          {t({ vi: 'Lưu văn bản sửa đổi', en: 'Save the amendment' })}
        </button>
      </form>
    </Sheet>
  );
}
