import type { DB } from '../db/connection';
import { listShops, type ShopRow, shopByName } from '../shops/shops';
import { CliError } from './context';

/**
 * The shop `--shop NAME` names (or a look-alike of it), or the only one stored when none is
 * named: found once, by name, and handed on as its row. Every command that takes `--shop` asks here.
 */
export async function resolveShop(db: DB, name: string | undefined, command: string): Promise<ShopRow> {
  if (name) {
    const shop = await shopByName(db, name);
    if (!shop) throw new CliError('cliError.noShop', { command, name });
    return shop;
  }
  const shops = await listShops(db);
  if (shops.length !== 1)
    throw new CliError('cliError.pickShop', { command, list: shops.map((s) => s.name).join(', ') || '—' });
  return shops[0];
}
