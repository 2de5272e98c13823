/** Zip archives of exports as merchants get them: JD's download centre, Chinese Windows's GBK names, nested folders. */
import fs from 'node:fs';
import { JD_AFTER_SALES_HEADER, JD_ORDER_HEADER, row } from './exports';
import { csvText, gbk, writeXlsx } from './files';
import { storedZip } from './zip';

/** Four JD orders (one line item repeated), and two after-sales cases of which one JD stepped into. */
export async function jdArchive(into: string): Promise<Buffer> {
  const order = (no: string, paid: string) =>
    row(JD_ORDER_HEADER, { 订单号: no, 下单时间: paid, 付款确认时间: paid, 订单状态: '完成', 应付金额: '10.00' });
  const orders = csvText([
    JD_ORDER_HEADER,
    order('J1', '2024-03-01 10:00:00'),
    order('J1', '2024-03-01 10:00:00'),
    order('J2', '2024-03-02 10:00:00'),
    order('J3', '2024-03-03 10:00:00'),
    order('J4', '2024-03-04 10:00:00'),
  ]);
  const cases = await writeXlsx(into, 'cases.xlsx', [
    {
      name: '服务单',
      rows: [
        JD_AFTER_SALES_HEADER,
        ['S1', 'J1', '围巾', '退货', '2024-03-05 09:00:00', '处理中', '是'],
        ['S2', 'J2', '手套', '仅退款', '2024-03-06 09:00:00', '完成', '否'],
      ],
    },
  ]);
  return storedZip([
    { name: gbk('京东/2024年3月/订单明细.csv'), data: gbk(orders) },
    { name: gbk('京东/售后服务单.xlsx'), data: fs.readFileSync(cases) },
    { name: Buffer.from('readme.pdf'), data: Buffer.from('%PDF-1.4') },
  ]);
}
