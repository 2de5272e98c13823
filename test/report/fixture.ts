import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Connection, openConnection } from '@/lib/db/connection';
import { rebuildDaily } from '@/lib/db/queries/rebuildDaily';
import { createShop } from '@/lib/db/queries/shops';
import { addDays, dayToNumber } from '@/lib/time/china';

export function tempDb(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-report-'));
  return { dir, file: path.join(dir, 'redline.db') };
}

export async function openDb(file: string): Promise<Connection> {
  return openConnection(file);
}

export interface CaseSpec {
  caseNo: string;
  orderNo: string;
  applied: string;
  completed?: string | null;
  intervened?: boolean;
  platformInitiated?: boolean;
  reason?: string;
  type?: string;
  status?: string;
  deadline?: string | null;
}

/** A shop with `perDay` paid orders on every day of [from, to] and the given cases; daily rebuilt as an import would. */
export async function seedShop(
  conn: Connection,
  opts: {
    name: string;
    platform: string;
    from: string;
    to: string;
    perDay: number;
    cases: CaseSpec[];
    courier?: (i: number) => string;
    product?: (i: number) => string;
    coverFrom?: string;
    coverTo?: string;
    /** The span each kind of export covers (default [from, to]); null: no export of that kind. */
    ordersCover?: { from: string; to: string } | null;
    afterSalesCover?: { from: string; to: string } | null;
  },
): Promise<number> {
  const shopId = await createShop(conn.db, opts.name, opts.platform, '2024-01-01 00:00:00');
  const days = dayToNumber(opts.to) - dayToNumber(opts.from) + 1;
  const insertOrder = conn.raw.prepare(
    'insert into orders (shop_id, order_no, paid_at, paid_day, shipped_day, received_day, status, amount_cents, product, courier, import_id) values (?, ?, ?, ?, null, null, ?, 100, ?, ?, 0)',
  );
  let n = 0;
  for (let d = 0; d < days; d++) {
    const day = addDays(opts.from, d);
    for (let i = 0; i < opts.perDay; i++, n++) {
      insertOrder.run(
        shopId,
        `${day}#${i}`,
        `${day} 12:00:00`,
        day,
        '已签收',
        opts.product?.(n) ?? '商品A',
        opts.courier?.(n) ?? '顺丰',
      );
    }
  }
  const insertCase = conn.raw.prepare(
    `insert into cases (shop_id, case_no, order_no, applied_at, applied_day, completed_at, completed_day, status, intervened_status, type, reason, product, deadline_at, amount_cents, responsible, intervened, platform_initiated, import_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, '', ?, 100, '', ?, ?, 0)`,
  );
  for (const c of opts.cases) {
    insertCase.run(
      shopId,
      c.caseNo,
      c.orderNo,
      `${c.applied} 09:00:00`,
      c.applied,
      c.completed ? `${c.completed} 18:00:00` : null,
      c.completed ?? null,
      c.status ?? '平台处理中',
      c.type ?? '仅退款',
      c.reason ?? '',
      c.deadline ?? null,
      c.intervened === false ? 0 : 1,
      c.platformInitiated ? 1 : 0,
    );
  }
  await rebuildDaily(conn.db, shopId);
  // The exports these rows came from: orders and after-sales both cover [coverFrom ?? from, coverTo ?? to].
  const cover = { from: opts.coverFrom ?? opts.from, to: opts.coverTo ?? opts.to };
  const insertImport = conn.raw.prepare(
    `insert into imports (shop_id, file_name, platform, kind, date_from, date_to, outcome, started_at, finished_at) values (?, ?, ?, ?, ?, ?, 'imported', '2024-01-01 00:00:00', '2024-01-01 00:00:00')`,
  );
  if (opts.ordersCover !== null)
    insertImport.run(
      shopId,
      'orders.csv',
      opts.platform,
      'orders',
      opts.ordersCover?.from ?? cover.from,
      opts.ordersCover?.to ?? cover.to,
    );
  if (opts.afterSalesCover !== null)
    insertImport.run(
      shopId,
      'after-sales.csv',
      opts.platform,
      'afterSales',
      opts.afterSalesCover?.from ?? cover.from,
      opts.afterSalesCover?.to ?? cover.to,
    );
  return shopId;
}
