// Evidence links: a URL and a short label per row; an empty row is always there to type in.
import { Field } from '../../components/field';
import type { FieldErrors } from '../../lib/errors';
import { useLang } from '../../lib/i18n';
import type { LinkDraft } from './report-draft';

interface LinkRowsProps {
  links: LinkDraft[];
  errors: FieldErrors;
  onChange: (links: LinkDraft[]) => void;
}

export function LinkRows({ links, errors, onChange }: LinkRowsProps) {
  const { t } = useLang();
  const update = (i: number, patch: Partial<LinkDraft>) =>
    onChange(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="links">
      <legend>{t('links')}</legend>
      {errors.links ? <p className="field-error">{errors.links}</p> : null}
      {links.map((link, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is the row
        <div key={i} className="link-row">
          <Field
            name={`links.${i}.url`}
            label={`${t('linkUrl')} ${i + 1}`}
            error={errors[`links.${i}.url`]}
          >
            {(props) => (
              <input
                {...props}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={link.url}
                onChange={(e) => update(i, { url: e.target.value })}
              />
            )}
          </Field>
          <Field
            name={`links.${i}.label`}
            label={`${t('linkLabel')} ${i + 1}`}
            error={errors[`links.${i}.label`]}
          >
            {(props) => (
              <input
                {...props}
                value={link.label}
                onChange={(e) => update(i, { label: e.target.value })}
              />
            )}
          </Field>
          {links.length > 1 ? (
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            >
              {t('removeLink')} {i + 1}
            </button>
          ) : null}
        </div>
      ))}
      {links.length < 20 ? (
        <button
          type="button"
          className="btn"
          onClick={() => onChange([...links, { url: '', label: '' }])}
        >
          + {t('addLink')}
        </button>
      ) : null}
    </fieldset>
  );
}
