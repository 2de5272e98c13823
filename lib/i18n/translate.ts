import type { Lang } from './lang';
import { dictionaries, type MessageKey } from './messages';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** `t('home.open', { shop })`: the string in the language with its `{…}` filled in. */
export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const s = dict[key] ?? key;
    return vars ? s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : s;
  };
}

/** A bilingual pair from the data (rule names, import messages) in the language. */
export function bi(pair: { zh: string; en: string } | null | undefined, lang: Lang): string {
  return pair ? pair[lang] : '';
}
