import type { ReactNode } from 'react';
import { AdminHeader } from '@/app/_components/AdminHeader';
import { getI18n } from '@/lib/i18n/server';
import { adminPassword } from '@/lib/auth/sessions';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = await getI18n();
  return (
    <>
      <AdminHeader t={t} locked={adminPassword() !== null} />
      <main>{children}</main>
    </>
  );
}
