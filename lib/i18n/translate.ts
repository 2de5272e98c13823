import { createTranslator } from 'use-intl/core';
import { type Catalog, catalogs } from './catalog';
import { type Lang, localeOf } from './lang';

/**
 * `translator(lang)('home.open', { shop })`: the message in the language, its ICU arguments filled in. The same
 * translator (next-intl's core, use-intl) serves server components, client components, routes,
 * the command line and tests; keys are typed by the Chinese catalog.
 */
function make(lang: Lang) {
  return createTranslator<Catalog>({ locale: localeOf(lang), messages: catalogs[lang], onError });
}

export type Translate = ReturnType<typeof make>;
export type MessageKey = Parameters<Translate>[0];
export type Vars = Record<string, string | number>;

/** A missing message or a bad argument is a bug: say so loudly in development and tests. */
function onError(error: Error): void {
  if (process.env.NODE_ENV !== 'production') throw error;
  console.error(error);
}

const cache = new Map<Lang, Translate>();
export function translator(lang: Lang): Translate {
  const t = cache.get(lang) ?? make(lang);
  cache.set(lang, t);
  return t;
}

/** Both languages of one message, for an API error or a log line that carries both. */
export function bilingual(key: MessageKey, vars?: Vars): { zh: string; en: string } {
  return { zh: translator('zh')(key, vars as never), en: translator('en')(key, vars as never) };
}

/** A bilingual pair from the data (rule presets: names, sources, notes) in the language. */
export function bi(pair: { zh: string; en: string } | null | undefined, lang: Lang): string {
  return pair ? pair[lang] : '';
}
