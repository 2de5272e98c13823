import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/lib/i18n/client';
import { localeOf } from '@/lib/i18n/lang';
import { getLang } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return lang === 'en'
    ? {
        title: 'Redline · platform-intervention risk',
        description:
          'Upload order and after-sales exports; see the rolling 30-day intervention count and rate against the penalty line.',
      }
    : {
        title: 'Redline 红线 · 平台介入率风险',
        description: '上传订单与售后导出，计算近30天平台介入订单数与介入率，预警处罚风险。',
      };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await getLang();
  return (
    <html lang={localeOf(lang)}>
      <body>
        <I18nProvider lang={lang}>{children}</I18nProvider>
      </body>
    </html>
  );
}
