import type { Connection } from '@/lib/db/connection';
import { seedShop } from '../report/fixture';

/**
 * 旗舰店 (PDD), 50 paid orders a day through February and March and 50 intervention orders applied
 * on 03-20: 50 of 1,500 = 3.33%, over the 3% and 10-order line from 03-20. Its id.
 */
export function seedShopOverTheLine(conn: Connection): Promise<number> {
  const cases = Array.from({ length: 50 }, (_, i) => ({
    caseNo: `C${i}`,
    orderNo: `2024-03-20#${i}`,
    applied: '2024-03-20',
  }));
  return seedShop(conn, { name: '旗舰店', platform: 'pdd', from: '2024-02-01', to: '2024-03-31', perDay: 50, cases });
}
