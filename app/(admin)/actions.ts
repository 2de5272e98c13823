'use server';
import { getConnection } from '@/lib/db/connection';
import { loadSampleData } from '@/lib/sample/load';
import { shopByName } from '@/lib/shops/shops';

type Bilingual = { zh: string; en: string };

/** "Load sample data": generated exports through the real import pipeline. */
export async function loadSampleAction(): Promise<{ ok: true; shopId: number } | { ok: false; message: Bilingual }> {
  const conn = await getConnection();
  const { shop, summaries } = await loadSampleData(conn);
  const rejected = summaries.find((s) => s.outcome === 'rejected');
  if (rejected?.message) return { ok: false, message: rejected.message };
  const row = await shopByName(conn.db, shop);
  if (!row) return { ok: false, message: { zh: '示例店铺没有建立。', en: 'The sample shop was not created.' } };
  return { ok: true, shopId: row.id };
}
