'use client';
import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '@/lib/i18n/client';

/**
 * A chart with its title, what it shows in words, and the same figures as a table. The table is
 * always in the page (screen readers and printing read it); the toggle shows it on screen too.
 */
export function ChartFrame({
  title,
  description,
  table,
  children,
  testId,
  notice,
}: {
  title: string;
  description: string;
  /** A sentence about what the chart cannot show (days whose figures are not known). */
  notice?: string | null;
  table: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          className="button toggle no-print"
          aria-pressed={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? t('common.showChart') : t('common.showTable')}
        </button>
      </div>
      <p className="chart-desc" id={`${id}-desc`}>
        {description}
      </p>
      {notice && (
        <p className="message-warn" data-testid="chart-notice">
          {notice}
        </p>
      )}
      {!showTable && (
        <div className="chart-box" role="img" aria-describedby={`${id}-desc`} aria-label={title}>
          {children}
        </div>
      )}
      <div id={`${id}-table`} className={showTable ? 'chart-table' : 'chart-table sr-only'}>
        {table}
      </div>
    </section>
  );
}
