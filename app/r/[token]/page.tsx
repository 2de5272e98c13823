import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getConnection } from '@/lib/db/connection';
import { latestDay } from '@/lib/db/queries/dailySeries';
import { shopMetrics } from '@/lib/report/shopMetrics';
import { countShareView, GRANT_COOKIE, hasLinkAccess, resolveShareLink } from '@/lib/share/links';
import { rangeOfRow, reportDays } from '@/lib/share/range';
import { attemptStatus, LINK_PASSWORD_LIMIT, linkScope } from '@/lib/share/rateLimit';
import { MinimalReport } from '../_components/MinimalReport';
import { PasswordGate } from '../_components/PasswordGate';

// Recomputed on every view, and every view re-reads the link's row: nothing of it is ever cached.
export const dynamic = 'force-dynamic';
export const revalidate = 0;
export const fetchCache = 'force-no-store';

export default async function SharedReportPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ e?: string }> }) {
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
      const status = await attemptStatus(db, linkScope(link.id), now, LINK_PASSWORD_LIMIT);
      return (
        <PasswordGate
          token={token}
          error={e === 'wrong' || e === 'locked' ? e : null}
          remaining={status.remaining}
          max={LINK_PASSWORD_LIMIT.max}
          windowMinutes={LINK_PASSWORD_LIMIT.windowMs / 60_000}
          retryAt={status.locked ? status.retryAt : null}
        />
      );
    }
  }

  await countShareView(db, link.id, now);
  const days = reportDays(rangeOfRow(link), await latestDay(db, link.shop_id));
  const report = await shopMetrics(db, link.shop_name, days);
  if (!report) notFound();
  return (
    <>
      <MinimalReport report={report} label={link.label} />
      <p className="share-footer">
        只读分享报告，每次打开时按最新数据重新计算。Read-only shared report, recomputed from the latest data on every view.
      </p>
    </>
  );
}
