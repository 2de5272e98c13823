import type { DB } from '../connection';

/** The latest day that has any count, or null for an empty shop. */
export async function latestDay(db: DB, shopId: number): Promise<string | null> {
  const r = await db
    .selectFrom('daily')
    .select((eb) => eb.fn.max('day').as('day'))
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
  return (r?.day as string | null) ?? null;
}
