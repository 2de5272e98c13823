import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Redline 红线 · 平台介入率风险',
  description: '上传订单与售后导出，计算近30天平台介入订单数与介入率，预警处罚风险。',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
