import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { shopFromParam } from '@/app/_lib/shops';

/**
 * Checks the shop before anything streams: a missing shop must answer 404. (A notFound() inside
 * the loading boundary below would come after a 200 has been sent.)
 */
export default async function ShopLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  if (!(await shopFromParam((await params).id))) notFound();
  return children;
}
