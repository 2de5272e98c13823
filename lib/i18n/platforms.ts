import { PLATFORM_SPECS } from '../import/platforms';
import type { PlatformId } from '../import/types';
import type { Lang } from './lang';

/** 拼多多 / Pinduoduo …; an unknown id is shown as it is. */
export function platformName(id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  return PLATFORM_SPECS[id as PlatformId]?.name[lang] ?? id;
}
