/**
 * Moving shops from the SQLite file to another database (PostgreSQL, for a merchant who outgrew
 * one file on one machine): every row of theirs, in one transaction on the target, so the target
 * holds all of a shop or none of it. The source is read in one read transaction (a consistent
 * picture even while the app keeps writing), row by row, and written in batches: memory does not
 * grow with the shop. Numbered rows get the target's own numbers; what points at them follows.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { takeTurns } from './dialect';

// biome-ignore lint/suspicious/noExplicitAny: the copy moves every table's rows as they come.
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

export interface CopiedShop {
  name: string;
  orders: number;
  cases: number;
  imports: number;
}

export class ShopExists extends Error {
  constructor(readonly shop: string) {
    super(`the target already holds a shop named "${shop}"`);
  }
}

export class NoSuchShop extends Error {
  constructor(readonly shop: string) {
    super(`no shop named "${shop}"`);
  }
}

/** Rows per insert: PostgreSQL takes at most 65,535 parameters in one statement. */
const batchFor = (row: Row) => Math.max(1, Math.min(1000, Math.floor(60_000 / Object.keys(row).length)));

async function insertAll(trx: AnyDb, table: string, rows: Iterable<Row>): Promise<number> {
  let batch: Row[] = [];
  let n = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= batchFor(row)) {
      await trx.insertInto(table).values(batch).execute();
      n += batch.length;
      batch = [];
    }
  }
  if (batch.length) await trx.insertInto(table).values(batch).execute();
  return n + batch.length;
}

/**
 * `rows` with `column` turned from the source's numbers into the target's. A row pointing at an
 * import the file has no record of points at none (0; the target numbers imports from 1).
 */
function* renumbered(rows: Iterable<Row>, changes: [column: string, ids: Map<number, number>][]): Generator<Row> {
  for (const row of rows) {
    const out = { ...row };
    for (const [column, ids] of changes)
      if (out[column] !== null && out[column] !== undefined) out[column] = ids.get(Number(out[column])) ?? 0;
    yield out;
  }
}

/** The row without its own number: the target numbers it. */
const unnumbered = function* (rows: Iterable<Row>): Generator<Row> {
  for (const { id: _, ...rest } of rows) yield rest;
};

/**
 * Copies the shops of `sourceFile` (one, when `only` names it) into `target`; both migrated to the
 * same version (openConnection does it), so their tables have the same columns. Refuses, copying
 * nothing, when the target holds a shop of the same name: two shops of one name cannot be told apart.
 */
export async function copyShops(sourceFile: string, target: AnyDb, only?: string): Promise<CopiedShop[]> {
  const src = new BetterSqlite3(sourceFile, { readonly: true, fileMustExist: true });
  try {
    src.exec('begin');
    const all = (sql: string, ...params: unknown[]) => src.prepare(sql).all(...params) as Row[];
    const each = (sql: string, ...params: unknown[]) => src.prepare(sql).iterate(...params) as IterableIterator<Row>;
    const shops = only ? all('select * from shops where name = ?', only) : all('select * from shops order by id');
    if (only && shops.length === 0) throw new NoSuchShop(only);
    return await target.transaction().execute(async (trx) => {
      // No import merges into the target meanwhile.
      await takeTurns(trx, 'imports');
      const names = shops.map((s) => String(s.name));
      const taken = names.length
        ? await trx.selectFrom('shops').select('name').where('name', 'in', names).executeTakeFirst()
        : undefined;
      if (taken) throw new ShopExists(String(taken.name));
      const copied: CopiedShop[] = [];
      for (const shop of shops) copied.push(await copyShop(trx, shop, all, each));
      return copied;
    });
  } finally {
    src.close();
  }
}

async function copyShop(
  trx: AnyDb,
  shop: Row,
  all: (sql: string, ...params: unknown[]) => Row[],
  each: (sql: string, ...params: unknown[]) => IterableIterator<Row>,
): Promise<CopiedShop> {
  const { id: oldShop, ...shopRow } = shop;
  const { id: shopId } = await trx.insertInto('shops').values(shopRow).returning('id').executeTakeFirstOrThrow();
  const shops = new Map([[Number(oldShop), Number(shopId)]]);
  const ofShop = (table: string, order: string) =>
    each(`select * from ${table} where shop_id = ? order by ${order}`, oldShop);

  // Imports are few: numbered one by one, so that rows and errors can point at their new numbers.
  const imports = new Map<number, number>();
  for (const imp of all('select * from imports where shop_id = ? order by id', oldShop)) {
    const { id: oldId, ...row } = imp;
    const { id } = await trx
      .insertInto('imports')
      .values({ ...row, shop_id: shopId })
      .returning('id')
      .executeTakeFirstOrThrow();
    imports.set(Number(oldId), Number(id));
  }
  const toTarget: [string, Map<number, number>][] = [
    ['shop_id', shops],
    ['import_id', imports],
  ];
  const orders = await insertAll(trx, 'orders', renumbered(ofShop('orders', 'order_no'), toTarget));
  const cases = await insertAll(trx, 'cases', renumbered(ofShop('cases', 'case_no'), toTarget));
  await insertAll(trx, 'daily', renumbered(ofShop('daily', 'day'), toTarget));
  for (const table of ['replaced_orders', 'replaced_cases'])
    await insertAll(
      trx,
      table,
      renumbered(ofShop(table, 'replaced_by'), [...toTarget, ['replaced_by', imports]] as [
        string,
        Map<number, number>,
      ][]),
    );
  const errors = each(
    'select e.* from import_errors e join imports i on i.id = e.import_id where i.shop_id = ? order by e.import_id, e.line',
    oldShop,
  );
  await insertAll(trx, 'import_errors', renumbered(errors, toTarget));
  await insertAll(trx, 'shop_rules', renumbered(ofShop('shop_rules', 'preset_id'), toTarget));
  for (const table of ['calibration_entries', 'rule_changes', 'column_mappings'])
    await insertAll(trx, table, unnumbered(renumbered(ofShop(table, 'id'), toTarget)));
  // Share links keep their public ids (and their tokens' hashes): links already sent keep working.
  await insertAll(trx, 'share_links', renumbered(ofShop('share_links', 'id'), toTarget));
  const grants = each(
    'select g.* from share_grants g join share_links l on l.id = g.link_id where l.shop_id = ? order by g.token_hash',
    oldShop,
  );
  await insertAll(trx, 'share_grants', grants);
  // The shop's own alert channels with what each was last told (shop 0: the digest), so that its
  // groups are not told again what they already know; their delivery logs stay behind.
  const channels = new Map<number, number>();
  for (const ch of all('select * from alert_channels where shop_id = ? order by id', oldShop)) {
    const { id: oldId, ...row } = ch;
    const { id } = await trx
      .insertInto('alert_channels')
      .values({ ...row, shop_id: shopId })
      .returning('id')
      .executeTakeFirstOrThrow();
    channels.set(Number(oldId), Number(id));
  }
  const told = each(
    'select s.* from alert_state s join alert_channels c on c.id = s.channel_id where c.shop_id = ? order by s.channel_id, s.shop_id, s.topic',
    oldShop,
  );
  await insertAll(
    trx,
    'alert_state',
    renumbered(told, [
      ['channel_id', channels],
      ['shop_id', shops],
    ]),
  );
  return { name: String(shop.name), orders, cases, imports: imports.size };
}
