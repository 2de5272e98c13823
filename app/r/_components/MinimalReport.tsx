import type { ShopMetrics } from '@/lib/report/shopMetrics';

const pct = (r: number | null) => (r === null ? '–' : (r * 100).toFixed(2) + '%');

/** A small SVG line of the 30-day rate: no script, no client bundle, nothing for the CSP to allow. */
function RateChart({ days }: { days: ShopMetrics['days'] }) {
  const rates = days.map((d) => d.rate30d ?? 0);
  const max = Math.max(0.0001, ...rates);
  const w = 1000;
  const h = 160;
  const points = rates.map((r, i) => `${days.length === 1 ? 0 : (i / (days.length - 1)) * w},${h - (r / max) * (h - 10)}`).join(' ');
  return (
    <figure className="share-chart">
      <svg viewBox={`0 0 ${w} ${h}`} width="100%" height={h} role="img" aria-label="近30天平台介入率 30-day intervention rate">
        <polyline points={points} fill="none" stroke="#cf222e" strokeWidth={2} />
      </svg>
      <figcaption className="share-note">
        近30天平台介入率（{days[0]?.date} – {days.at(-1)?.date}，最高 {pct(max)}）· 30-day intervention rate
      </figcaption>
    </figure>
  );
}

/** The shared report until the dashboard's report components are in: headline, rate line, daily table. */
export function MinimalReport({ report, label }: { report: ShopMetrics; label: string }) {
  const latest = report.days.at(-1);
  return (
    <article data-testid="shared-report">
      <h1 data-testid="shared-shop">{report.shop}</h1>
      <p className="share-meta">
        {label ? `${label} · ` : ''}
        {report.from && report.to ? `${report.from} – ${report.to}` : '暂无数据 No data yet'}
      </p>
      {latest ? (
        <>
          <section className="share-cards" aria-label="最新一天 Latest day">
            <div className="share-card">
              <div className="label">近30天平台介入率 30-day rate</div>
              <div className="value" data-testid="shared-rate">{pct(latest.rate30d)}</div>
            </div>
            <div className="share-card">
              <div className="label">近30天介入订单数 30-day interventions</div>
              <div className="value" data-testid="shared-count">{latest.interventions30d}</div>
            </div>
            <div className="share-card">
              <div className="label">近30天订单数 30-day orders</div>
              <div className="value">{latest.orders30d}</div>
            </div>
            <div className="share-card">
              <div className="label">截至 As of</div>
              <div className="value">{latest.date}</div>
            </div>
          </section>
          <RateChart days={report.days} />
          <table className="share-table">
            <caption className="share-note">每日近30天数据 Daily 30-day figures</caption>
            <thead>
              <tr>
                <th scope="col">日期 Date</th>
                <th scope="col">订单数 Orders</th>
                <th scope="col">介入订单数 Interventions</th>
                <th scope="col">介入率 Rate</th>
              </tr>
            </thead>
            <tbody>
              {report.days
                .slice()
                .reverse()
                .map((d) => (
                  <tr key={d.date}>
                    <td>{d.date}</td>
                    <td>{d.orders30d}</td>
                    <td>{d.interventions30d}</td>
                    <td>{pct(d.rate30d)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      ) : null}
    </article>
  );
}
