'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { DEFAULT_LANG, type Lang } from './lang';
import { type Translate, translator } from './translate';

const LangContext = createContext<Lang>(DEFAULT_LANG);

/** Gives client components the language the server rendered the page in. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useI18n(): { lang: Lang; t: Translate } {
  const lang = useContext(LangContext);
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}
