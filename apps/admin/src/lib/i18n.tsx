// Language for the whole app: Vietnamese first, English on request. The choice is kept
// in localStorage and mirrored on <html lang> so screen readers pronounce the text right.
import { type Bilingual, isLang, type Lang } from '@lantoa/domain';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { MESSAGES } from './messages';
import type { SHELL_MESSAGES } from './shell-messages';

export type MessageKey = keyof typeof MESSAGES | keyof typeof SHELL_MESSAGES;

// The first screens' words, plus the signed-in screens' once the app shell has loaded them
// (addMessages, from lib/signed-in.ts): they stay out of the entry chunk.
let words: Partial<Record<MessageKey, Bilingual>> = MESSAGES;

export function addMessages(more: Partial<Record<MessageKey, Bilingual>>) {
  words = { ...words, ...more };
}

const STORAGE_KEY = 'lantoa.lang';

export function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

/** Read by the tRPC link on every request, so the server answers in the chosen language. */
let currentLang: Lang = storedLang();
export const getLang = (): Lang => currentLang;

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** An app message by key, or any bilingual label from the domain. */
  t: (key: MessageKey | Bilingual) => string;
}

const LangContext = createContext<LangContextValue | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback((next: Lang) => {
    currentLang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode may refuse storage; the choice still holds for this visit.
    }
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<LangContextValue>(
    () => ({
      lang,
      setLang,
      t: (key) => {
        if (typeof key !== 'string') return key[lang];
        // A word of a screen whose words are not loaded is a bug; the key is better than a crash.
        return words[key]?.[lang] ?? key;
      },
    }),
    [lang, setLang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang outside LangProvider');
  return value;
}
