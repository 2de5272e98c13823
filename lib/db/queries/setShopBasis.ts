import type { Definition } from '../../types';
import type { DB } from '../connection';

/** The definition the merchant picked after calibrating: which day an order and an intervention count on. */
export async function setShopBasis(db: DB, shopId: number, basis: Definition): Promise<void> {
  await db
    .updateTable('shops')
    .set({ order_basis: basis.orders, intervention_basis: basis.interventions })
    .where('id', '=', shopId)
    .execute();
}
