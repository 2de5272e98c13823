import type { Lang } from '@/lib/i18n/lang';
import { translator } from '@/lib/i18n/translate';
import type { DriverOrder } from '@/lib/report/types';

const SHOWN = 200;

/** The intervention orders in the window, with the day each leaves it; soonest to leave first. */
export function InterventionOrdersTable({
  orders,
  unknown,
  lang,
}: {
  orders: DriverOrder[];
  /** The window when no after-sales export covers it: its intervention orders are not known. */
  unknown: { from: string; to: string } | null;
  lang: Lang;
}) {
  const t = translator(lang);
  const sorted = [...orders].sort((a, b) =>
    a.leavesOn < b.leavesOn ? -1 : a.leavesOn > b.leavesOn ? 1 : a.orderNo < b.orderNo ? -1 : 1,
  );
  return (
    <section className="panel" aria-labelledby="orders-title" data-testid="orders-table">
      <h2 id="orders-title">{t('drivers.orders')}</h2>
      {unknown ? (
        <p className="message-warn">{t('drivers.unknown', unknown)}</p>
      ) : sorted.length === 0 ? (
        <p className="muted">{t('drivers.ordersEmpty')}</p>
      ) : (
        <div className="table-wrap chart-table">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('drivers.orderNo')}</th>
                <th scope="col">{t('drivers.dayCounted')}</th>
                <th scope="col">{t('drivers.leavesOn')}</th>
                <th scope="col">{t('drivers.status')}</th>
                <th scope="col">{t('drivers.reason')}</th>
                <th scope="col">{t('drivers.type')}</th>
                <th scope="col">{t('drivers.product')}</th>
                <th scope="col">{t('drivers.courier')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, SHOWN).map((o) => (
                <tr key={o.orderNo}>
                  <td>{o.orderNo}</td>
                  <td>{o.day}</td>
                  <td>{o.leavesOn}</td>
                  <td>{o.status}</td>
                  <td>{o.reason}</td>
                  <td>{o.type}</td>
                  <td>{o.product}</td>
                  <td>{o.courier}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sorted.length > SHOWN && <p className="muted">{t('drivers.moreOrders', { shown: SHOWN, n: sorted.length })}</p>}
    </section>
  );
}
