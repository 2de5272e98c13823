/** The two languages of the interface: Chinese first, English by the switch. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';
/** The cookie that remembers the switch, for a year. */
export const LANG_COOKIE = 'redline_lang';
export const LANG_COOKIE_MAX_AGE = 365 * 24 * 3600;

export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : DEFAULT_LANG;
}

/** The BCP 47 tag for <html lang>, Intl and the catalogs' plural rules. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-US' : 'zh-CN';
}
