// Building a reorganisation: title, effective date, legal basis, steps (or a file that
// fills them), then a preview from the server, then apply — all steps at once or none.
// Any edit makes the preview stale, so apply always sends what was previewed.
import {
  type ReorganisationInput,
  type ReorganisationStep,
  ZReorganisationInput,
} from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ViDateInput } from '../../components/vi-date-input';
import { trpc } from '../../lib/api';
import { errorCode, errorMessage, zodFieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { RouterOutputs } from '../../lib/types';
import { ImportFile } from './import-file';
import { blankStep } from './reorganisation-labels';
import { ReorganisationPreview } from './reorganisation-preview';
import { StepEditor } from './step-editor';

type Preview = RouterOutputs['reorganisations']['preview'];

export function ReorganisationBuilder({ onDone }: { onDone: (message?: string) => void }) {
  const { t, lang } = useLang();
  const id = useId();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [effectiveOn, setEffectiveOn] = useState<string | undefined>();
  const [number, setNumber] = useState('');
  const [issuer, setIssuer] = useState('');
  const [steps, setSteps] = useState<ReorganisationStep[]>([blankStep('merge')]);
  const [checked, setChecked] = useState<{ input: ReorganisationInput; preview: Preview } | null>(
    null,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const preview = useMutation(trpc.reorganisations.preview.mutationOptions());
  const apply = useMutation(
    trpc.reorganisations.applyAll.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.reorganisations.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.units.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
        ]),
    }),
  );
  const stale =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setChecked(null);
    };

  async function runPreview(input: unknown) {
    setProblems([]);
    const parsed = ZReorganisationInput.safeParse(input);
    if (!parsed.success) {
      const errors = zodFieldErrors(parsed.error.issues, lang);
      return setProblems(Object.entries(errors).map(([k, v]) => `${k}: ${v}`));
    }
    try {
      setChecked({ input: parsed.data, preview: await preview.mutateAsync(parsed.data) });
    } catch (err) {
      setProblems([errorMessage(err, lang)]);
    }
  }
  const draft = () => ({
    title,
    effectiveOn: effectiveOn ?? '',
    legalBasis: { number: number.trim() || undefined, issuer: issuer.trim() || undefined },
    steps,
  });

  async function onApply() {
    if (!checked?.preview.ok) return;
    try {
      const done = await apply.mutateAsync({
        reorganisation: checked.input,
        versions: checked.preview.versions,
      });
      onDone(
        done.status === 'planned'
          ? t({
              vi: 'Đã lưu đợt sắp xếp; sẽ có hiệu lực từ ngày đã chọn.',
              en: 'Saved; it takes effect on its date.',
            })
          : t({ vi: 'Đã áp dụng đợt sắp xếp.', en: 'Reorganisation applied.' }),
      );
    } catch (err) {
      setChecked(null);
      setProblems([
        errorCode(err) === 'CONFLICT'
          ? t({
              vi: 'Có người vừa thay đổi các đơn vị này. Hãy xem trước lại.',
              en: 'Someone changed these units meanwhile. Preview again.',
            })
          : errorMessage(err, lang),
      ]);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t({ vi: 'Đợt sắp xếp mới', en: 'New reorganisation' })}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t({ vi: 'Tiêu đề', en: 'Title' })}</label>
        <input id={`${id}-name`} value={title} onChange={(e) => stale(setTitle)(e.target.value)} />
      </div>
      <label className="field">
        <span>{t({ vi: 'Ngày hiệu lực (dd/MM/yyyy)', en: 'Effective date (dd/MM/yyyy)' })}</span>
        <ViDateInput value={effectiveOn} onChange={stale(setEffectiveOn)} />
      </label>
      <div className="field">
        <label htmlFor={`${id}-number`}>
          {t({ vi: 'Số văn bản (không bắt buộc)', en: 'Document number (optional)' })}
        </label>
        <input
          id={`${id}-number`}
          value={number}
          onChange={(e) => stale(setNumber)(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-issuer`}>
          {t({ vi: 'Cơ quan ban hành (không bắt buộc)', en: 'Issued by (optional)' })}
        </label>
        <input
          id={`${id}-issuer`}
          value={issuer}
          onChange={(e) => stale(setIssuer)(e.target.value)}
        />
      </div>
      <ImportFile
        effectiveOn={effectiveOn}
        title={title}
        onDraft={(d) => {
          setSteps(d.steps);
          void runPreview({ ...draft(), steps: d.steps });
        }}
      />
      {steps.map((step, i) => (
        <StepEditor
          key={`${i.toString()}-${step.type}`}
          index={i}
          step={step}
          asOf={effectiveOn}
          onChange={(s) =>
            stale(setSteps)(
              s ? steps.map((x, j) => (j === i ? s : x)) : steps.filter((_, j) => j !== i),
            )
          }
        />
      ))}
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => stale(setSteps)([...steps, blankStep('merge')])}
        >
          + {t({ vi: 'Thêm bước', en: 'Add a step' })}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => runPreview(draft())}
          disabled={preview.isPending}
        >
          {t({ vi: 'Xem trước', en: 'Preview' })}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => onDone()}>
          {t({ vi: 'Hủy bỏ', en: 'Discard' })}
        </button>
      </div>
      <div aria-live="polite">
        {problems.length > 0 ? (
          <ul className="alert" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        {checked ? <ReorganisationPreview preview={checked.preview} /> : null}
      </div>
      {checked?.preview.ok ? (
        <button
          type="button"
          className="btn btn-primary btn-block"
          onClick={onApply}
          disabled={apply.isPending}
        >
          {t({ vi: 'Áp dụng tất cả các bước', en: 'Apply all steps' })}
        </button>
      ) : null}
    </section>
  );
}
