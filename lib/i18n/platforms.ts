import { PLATFORMS, type PlatformId } from '../import/types';
import type { Lang } from './lang';
import { translator } from './translate';

/** 拼多多 / Pinduoduo …; an unknown id is shown as it is. */
export function platformName(id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  return (PLATFORMS as readonly string[]).includes(id) ? translator(lang)(`platform.${id as PlatformId}`) : id;
}
