import type { ReactNode } from 'react';
import { AdminHeader } from '@/app/_components/AdminHeader';
import { adminPassword } from '@/lib/auth/sessions';
import { getI18n } from '@/lib/i18n/server';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <>
      <AdminHeader t={t} locked={adminPassword() !== null} />
      <main>{children}</main>
    </>
  );
}
