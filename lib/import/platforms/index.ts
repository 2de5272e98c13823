import type { PlatformId, PlatformSpec } from '../types';
import { douyin } from './douyin';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { pdd } from './pdd';
import { taobao } from './taobao';

export const PLATFORM_SPECS: Record<PlatformId, PlatformSpec> = { pdd, taobao, jd, douyin, kuaishou };
export const platformSpecs: readonly PlatformSpec[] = [pdd, taobao, jd, douyin, kuaishou];
