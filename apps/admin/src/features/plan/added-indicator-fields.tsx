// The fields of an indicator an amendment adds: code, titles and the rule's wording in
// both languages, the plan clause, the engine rule that judges it and its schedule. Its
// unit kinds, target and due date are edited by the change editor's own fields.
import { RULE_IDS, type RuleId } from '@lantoa/domain';
import { Field } from '../../components/field';
import { useLang } from '../../lib/i18n';
import type { AddedIndicatorDraft } from './amendment-draft';
import { RULE_LABELS } from './plan-format';

type TextKey = Exclude<keyof AddedIndicatorDraft, 'ruleId' | 'scheduleKind'>;

interface AddedIndicatorFieldsProps {
  index: number;
  value: AddedIndicatorDraft;
  /** The error of a path under the added indicator (`code`, `title.vi`, …). */
  errorAt: (path: string) => string | undefined;
  onChange: (value: AddedIndicatorDraft) => void;
}

export function AddedIndicatorFields({
  index,
  value,
  errorAt,
  onChange,
}: AddedIndicatorFieldsProps) {
  const { t } = useLang();
  const set = (patch: Partial<AddedIndicatorDraft>) => onChange({ ...value, ...patch });
  const text = (key: TextKey, label: string, path: string, hint?: string) => (
    <Field name={`added-${key}-${index}`} label={label} hint={hint} error={errorAt(path)}>
      {(p) => <input {...p} value={value[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );
  return (
    <>
      {text('code', t({ vi: 'Mã chỉ tiêu mới', en: 'New indicator code' }), 'code', 'CT-09')}
      <div className="grid-2">
        {text(
          'shortTitleVi',
          t({ vi: 'Tên ngắn (tiếng Việt)', en: 'Short title (Vietnamese)' }),
          'shortTitle.vi',
        )}
        {text(
          'shortTitleEn',
          t({ vi: 'Tên ngắn (tiếng Anh)', en: 'Short title (English)' }),
          'shortTitle.en',
        )}
        {text(
          'titleVi',
          t({ vi: 'Nội dung (tiếng Việt)', en: 'Wording (Vietnamese)' }),
          'title.vi',
        )}
        {text('titleEn', t({ vi: 'Nội dung (tiếng Anh)', en: 'Wording (English)' }), 'title.en')}
      </div>
      {text('clause', t({ vi: 'Điều khoản', en: 'Clause' }), 'clause')}
      <Field name={`added-rule-${index}`} label={t({ vi: 'Cách đánh giá', en: 'Judged by' })}>
        {(p) => (
          <select
            {...p}
            value={value.ruleId}
            onChange={(e) => set({ ruleId: e.target.value as RuleId })}
          >
            {RULE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(RULE_LABELS[id])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid-2">
        {text(
          'ruleVi',
          t({ vi: 'Điều kiện đạt (tiếng Việt)', en: 'When it is met (Vietnamese)' }),
          'rule.vi',
        )}
        {text(
          'ruleEn',
          t({ vi: 'Điều kiện đạt (tiếng Anh)', en: 'When it is met (English)' }),
          'rule.en',
        )}
      </div>
      <fieldset className="choice">
        <legend>{t({ vi: 'Thời hạn', en: 'Schedule' })}</legend>
        {(['deadline', 'yearly'] as const).map((kind) => (
          <label key={kind} className="choice-option">
            <input
              type="radio"
              name={`added-schedule-${index}`}
              checked={value.scheduleKind === kind}
              onChange={() => set({ scheduleKind: kind })}
            />
            {kind === 'deadline'
              ? t({ vi: 'Một hạn chót', en: 'One due date' })
              : t({ vi: 'Hằng năm', en: 'Every year' })}
          </label>
        ))}
      </fieldset>
      {value.scheduleKind === 'yearly' ? (
        <div className="grid-2">
          {text('firstYear', t({ vi: 'Từ năm', en: 'From year' }), 'schedule.firstYear')}
          {text('lastYear', t({ vi: 'Đến năm', en: 'To year' }), 'schedule.lastYear')}
        </div>
      ) : null}
    </>
  );
}
