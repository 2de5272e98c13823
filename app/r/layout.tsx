import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './_components/share.css';

/** Shared reports: not indexed, not followed, and the token never leaves in a Referer. */
export const metadata: Metadata = {
  title: 'Redline 红线 · 店铺风险报告 Shop risk report',
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: 'no-referrer',
};

export default function ShareLayout({ children }: { children: ReactNode }) {
  return <div className="share-page">{children}</div>;
}
