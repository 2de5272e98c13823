'use server';
import { getConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { getI18n } from '@/lib/i18n/server';
import { loadSampleData } from '@/lib/sample/load';
import { shopByName } from '@/lib/shops/shops';

/** "Load sample data": generated exports through the real import pipeline. */
export async function loadSampleAction(): Promise<{ ok: true; shopId: number } | { ok: false; message: string }> {
  const { lang, t } = await getI18n();
  const conn = await getConnection();
  const { shop, summaries } = await loadSampleData(conn);
  const rejected = summaries.find((s) => s.outcome === 'rejected');
  if (rejected?.message) return { ok: false, message: renderMessage(rejected.message, lang) };
  const row = await shopByName(conn.db, shop);
  if (!row) return { ok: false, message: t('home.sampleMissing') };
  return { ok: true, shopId: row.id };
}
