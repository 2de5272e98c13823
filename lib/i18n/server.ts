import { cookies } from 'next/headers';
import { LANG_COOKIE, type Lang, parseLang } from './lang';
import { translator } from './translate';

/** The language the visitor chose with the switch (a cookie), Chinese by default. */
export async function getLang(): Promise<Lang> {
  const jar = await cookies();
  return parseLang(jar.get(LANG_COOKIE)?.value);
}

export async function getI18n() {
  const lang = await getLang();
  return { lang, t: translator(lang) };
}
