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
          aria-label={code === 'vi' ? 'Tiếng Việt' : 'English'}
          onClick={() => setLang(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
