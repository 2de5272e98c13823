import { getConnection } from '@/lib/db/connection';
import { countStored } from '@/lib/db/queries/shops';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const { db } = await getConnection();
  const { shops, orders } = await countStored(db);
  return (
    <main>
      <h1>Redline 红线</h1>
      <p>上传拼多多、淘宝/天猫、京东、抖店、快手的订单与售后导出，按天计算近30天平台介入订单数与平台介入率，看清离处罚红线还有多远。</p>
      <p lang="en">Upload order and after-sales exports; Redline works out the rolling 30-day platform-intervention count and rate for every day.</p>
      <p data-testid="stored">
        已存储 {shops} 个店铺、{orders} 个订单 · {shops} shops, {orders} orders stored
      </p>
    </main>
  );
}
