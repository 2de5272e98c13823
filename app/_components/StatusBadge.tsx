import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { RiskStatus } from '@/lib/metrics/types';

/** The day's status in words and colour (never colour alone). */
export function StatusBadge({ status, lang }: { status: RiskStatus | null; lang: Lang }) {
  const t = translator(lang);
  return (
    <span className={`badge badge-${status ?? 'none'}`} data-status={status ?? 'none'}>
      <span className="badge-dot" aria-hidden="true" />
      {status ? t(`status.${status}`) : t('status.none')}
    </span>
  );
}
