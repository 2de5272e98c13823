import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getI18n } from '@/lib/i18n/server';
import './_components/share.css';

/** Shared reports: not indexed, not followed, and the token never leaves in a Referer. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { ...metadata, title: `${t('app.name')} · ${t('shared.title')}` };
}

const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: 'no-referrer',
};

export default function ShareLayout({ children }: { children: ReactNode }) {
  return <div className="share-page">{children}</div>;
}
