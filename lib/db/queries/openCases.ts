import type { DB } from '../connection';

export interface OpenCaseRow {
  caseNo: string;
  orderNo: string;
  status: string;
  type: string;
  reason: string;
  product: string;
  appliedAt: string | null;
  deadlineAt: string | null;
  intervened: boolean;
}

/**
 * After-sales cases not completed yet, applied for on or after `since`, soonest deadline first
 * (超时时间 / 自动处理截止时间). Exports do not always fill a completion time for a closed case:
 * a status holding one of `closedMarkers` (退款成功, 退款关闭 …) closes it too, and `since` keeps
 * long-settled cases out; `limit` keeps a shop with a backlog readable.
 */
export async function openCases(
  db: DB,
  shopId: number,
  since: string,
  closedMarkers: readonly string[],
  limit = 200,
): Promise<OpenCaseRow[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['case_no', 'order_no', 'status', 'type', 'reason', 'product', 'applied_at', 'deadline_at', 'intervened'])
    .where('shop_id', '=', shopId)
    .where('completed_day', 'is', null)
    .where('completed_at', 'is', null)
    .where((eb) => eb.and(closedMarkers.map((m) => eb('status', 'not like', `%${m}%`))))
    .where('platform_initiated', '=', 0)
    .where('applied_day', '>=', since)
    .orderBy((eb) => eb.case().when('deadline_at', 'is', null).then(1).else(0).end())
    .orderBy('deadline_at')
    .orderBy('applied_at')
    .orderBy('case_no')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    caseNo: r.case_no,
    orderNo: r.order_no,
    status: r.status,
    type: r.type,
    reason: r.reason,
    product: r.product,
    appliedAt: r.applied_at,
    deadlineAt: r.deadline_at,
    intervened: Number(r.intervened) === 1,
  }));
}
