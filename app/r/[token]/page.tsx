import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LanguageSwitch } from '@/app/_components/LanguageSwitch';
import { ShopReportView } from '@/app/_components/ShopReportView';
import { getConnection } from '@/lib/db/connection';
import { clientAddress } from '@/lib/http/peer';
import { platformName } from '@/lib/i18n/platforms';
import { getI18n } from '@/lib/i18n/server';
import { shopCoverage } from '@/lib/report/coverage';
import { getShopReport } from '@/lib/report/shopReport';
import { countShareView, GRANT_COOKIE, hasLinkAccess, resolveShareLink } from '@/lib/share/links';
import { rangeOfRow, reportDays } from '@/lib/share/range';
import { linkScope, nextTryAt, secondsUntil } from '@/lib/share/rateLimit';
import { shopById } from '@/lib/shops/shops';
import { PasswordGate } from '../_components/PasswordGate';

// Recomputed on every view, and every view re-reads the link's row: nothing of it is ever cached.
export const dynamic = 'force-dynamic';
export const revalidate = 0;
export const fetchCache = 'force-no-store';

export default async function SharedReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ e?: string; s?: string }>;
}) {
  await connection();
  const { token } = await params;
  const { db } = await getConnection();
  const now = new Date();
  const link = await resolveShareLink(db, token, now);
  if (!link) notFound();

  if (link.password_hash) {
    const granted = await hasLinkAccess(db, link.id, (await cookies()).get(GRANT_COOKIE)?.value, now);
    if (!granted) {
      const { e } = await searchParams;
      const retryAt = await nextTryAt(db, linkScope(link.id), clientAddress(await headers()), now);
      return (
        <PasswordGate
          t={(await getI18n()).t}
          token={token}
          error={e === 'wrong' ? e : null}
          waitSeconds={retryAt ? secondsUntil(retryAt, now) : null}
        />
      );
    }
  }

  await countShareView(db, link.id, now);
  const range = rangeOfRow(link);
  // A rolling link ends on the latest complete day, as the dashboard does.
  const shop = await shopById(db, link.shop_id);
  if (!shop) notFound();
  const coverage = await shopCoverage(db, shop.id, now);
  const report = await getShopReport(db, shop, {
    ...reportDays(range, coverage.latestCompleteDay ?? coverage.latestDataDay, now),
    now,
    coverage,
    // A link for fixed dates shows those dates; a rolling one the partial days after, as the dashboard.
    partialTail: range.kind === 'rolling',
    calibration: false,
  });
  const { lang, t } = await getI18n();
  return (
    <>
      <header className="page-head">
        <div>
          <h1 data-testid="shared-shop">{link.shop_name}</h1>
          <p className="muted">
            {platformName(link.shop_platform, lang)}
            {link.label ? ` · ${link.label}` : ''} ·{' '}
            {range.kind === 'rolling' ? t('shared.rolling', { n: range.days }) : `${range.from} – ${range.to}`}
          </p>
        </div>
        <LanguageSwitch />
      </header>
      {report.days.length === 0 ? (
        <p className="empty-state">{t('shared.noData')}</p>
      ) : (
        <ShopReportView report={report} daily={report.daily} lang={lang} showOrders={link.include_orders === 1} />
      )}
      <p className="share-footer">{t('shared.readOnly')}</p>
    </>
  );
}
