// Vietnamese / English toggle; the choice persists (see lib/i18n.tsx).
import { useLang } from '../lib/i18n';

export function LangSwitch() {
  const { lang, setLang, t } = useLang();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('language')}</legend>
      {(['vi', 'en'] as const).map((code) => (
        <button
          key={code}
          type="button"
          className="lang-btn"
          aria-pressed={lang === code}
          lang={code}
          onClick={() => setLang(code)}
        >
          {/* The visible "VI" starts the accessible name (WCAG 2.5.3, label in name). */}
          {code.toUpperCase()}
          <span className="visually-hidden">{code === 'vi' ? ' – Tiếng Việt' : ' – English'}</span>
        </button>
      ))}
    </fieldset>
  );
}
