/** What drives the window's intervention orders: by reason, type, product and courier. */
import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { ShopReport } from '@/lib/report/types';
import { Breakdown } from './Breakdown';

export function DriversSection({ drivers, lang }: { drivers: ShopReport['drivers']; lang: Lang }) {
  const t = translator(lang);
  return (
    <section aria-labelledby="drivers-title">
      <h2 id="drivers-title">{t('drivers.title')}</h2>
      {drivers.window && !drivers.known ? (
        <p className="message-warn" data-testid="drivers-unknown">
          {t('drivers.unknown', drivers.window)}
        </p>
      ) : (
        <>
          {drivers.window && (
            <p className={drivers.partial ? 'message-warn' : 'muted'} data-testid="drivers-window">
              {t(drivers.partial ? 'drivers.windowPartial' : 'drivers.window', {
                from: drivers.window.from,
                to: drivers.window.to,
                n: drivers.total,
              })}
            </p>
          )}
          <div className="grid-2">
            <Breakdown
              title={t('drivers.byReason')}
              groups={drivers.byReason}
              total={drivers.total}
              lang={lang}
              testId="by-reason"
            />
            <Breakdown title={t('drivers.byType')} groups={drivers.byType} total={drivers.total} lang={lang} />
            <Breakdown title={t('drivers.byProduct')} groups={drivers.byProduct} total={drivers.total} lang={lang} />
            <Breakdown title={t('drivers.byCourier')} groups={drivers.byCourier} total={drivers.total} lang={lang} />
          </div>
        </>
      )}
    </section>
  );
}
