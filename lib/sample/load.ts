/**
 * "Load sample data" on an empty install: a demo PDD shop built by sending generated exports
 * through the real import pipeline, so what the merchant sees is exactly what an import gives.
 */
import type { Connection } from '../db/connection';
import { type ImportSummary, importFile } from '../import/pipeline';
import { addDays, chinaToday } from '../time/china';
import { sampleShop } from './model';
import { pddAfterSalesCsv, pddOrdersCsv } from './writers';

export const SAMPLE_SHOP = '示例店铺（拼多多）';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export async function loadSampleData(
  conn: Connection,
  now: Date = new Date(),
): Promise<{ shop: string; summaries: ImportSummary[] }> {
  const shop = sampleShop({ lastDay: addDays(chinaToday(now), -1), days: 150 });
  const files = [
    { name: '拼多多订单导出-示例.csv', text: pddOrdersCsv(shop) },
    { name: '拼多多售后导出-示例.csv', text: pddAfterSalesCsv(shop) },
  ];
  const summaries: ImportSummary[] = [];
  for (const f of files) {
    const bytes = new TextEncoder().encode(f.text);
    summaries.push(
      await importFile(
        conn,
        { name: f.name, bytes: once(bytes), size: bytes.length },
        { shop: SAMPLE_SHOP, platform: 'pdd' },
      ),
    );
  }
  return { shop: SAMPLE_SHOP, summaries };
}
