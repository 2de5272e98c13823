import type { DB } from '../connection';

/** How many shops and orders are stored, in one statement. */
export async function countStored(db: DB): Promise<{ shops: number; orders: number }> {
  const r = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('shops').select(eb.fn.countAll<number>().as('n')).as('shops'),
      eb.selectFrom('orders').select(eb.fn.countAll<number>().as('n')).as('orders'),
    ])
    .executeTakeFirstOrThrow();
  return { shops: Number(r.shops), orders: Number(r.orders) };
}
