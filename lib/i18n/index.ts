export { type Catalog, catalogs } from './catalog';
export { formatBytes, formatDecimal, formatDuration, formatInt, formatRate, shortDay } from './format';
export { DEFAULT_LANG, LANG_COOKIE, LANG_COOKIE_MAX_AGE, LANGS, type Lang, localeOf, parseLang } from './lang';
export { bi, bilingual, type MessageKey, type Translate, translator, type Vars } from './translate';
