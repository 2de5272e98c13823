import type { Lang } from '@/lib/i18n/lang';
import type { ShareRange } from '@/lib/share/range';

/** The few words of the shared page around the report view, in the visitor's language. */
export function shareText(lang: Lang) {
  const zh = lang === 'zh';
  return {
    readOnly: zh
      ? '只读分享报告，每次打开时按最新数据重新计算。'
      : 'Read-only shared report, recomputed from the latest data on every view.',
    range: (r: ShareRange) =>
      r.kind === 'rolling' ? (zh ? `最近 ${r.days} 天` : `last ${r.days} days`) : `${r.from} – ${r.to}`,
    noData: zh ? '这个店铺还没有数据。' : 'This shop has no data yet.',
  };
}
