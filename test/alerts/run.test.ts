/**
 * A pass over real stored figures (SQLite): the message a shop's group gets, in the channel's
 * language, with the figure and the line, status and since when, headroom, safe day, top reason
 * and link; no repeat while nothing changes; a robot that is down leaves the change untold (and
 * logged) for the next pass; no verdict from a shop whose exports do not cover a whole window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAlertChannel } from '@/lib/alerts/channels';
import { runAlerts } from '@/lib/alerts/run';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { listAlertDeliveries } from '@/lib/db/queries/listAlertDeliveries';
import { rebuildDaily } from '@/lib/db/queries/rebuildDaily';
import { alertChannelInput } from '@/lib/input/alerts';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';
import { openDb, seedShop, tempDb } from '../report/fixture';

// 2024-04-01 10:00 in China: the latest complete day is 03-31.
const NOW = new Date('2024-04-01T02:00:00Z');
const quick = { backoffMs: [], timeoutMs: 2000 };

let conn: Connection;
let shopId: number;
let ding: Robot;
let wecom: Robot;
let dingId: number;

/** 50 orders a day in Feb–Mar; 30 interventions (未收到货) and 10 (少发漏发) on 03-20. */
beforeAll(async () => {
  process.env.REDLINE_PUBLIC_URL = 'https://redline.example';
  conn = await openDb(tempDb().file);
  const cases = Array.from({ length: 40 }, (_, i) => ({
    caseNo: `C${i}`,
    orderNo: `2024-03-20#${i}`,
    applied: '2024-03-20',
    reason: i < 30 ? '未收到货' : '少发漏发',
  }));
  shopId = await seedShop(conn, {
    name: '旗舰店',
    platform: 'pdd',
    from: '2024-02-01',
    to: '2024-03-31',
    perDay: 50,
    cases,
  });
  ding = await startRobot('dingtalk', 'SECding');
  wecom = await startRobot('wecom');
  const add = (raw: Record<string, unknown>) => addAlertChannel(conn.db, alertChannelInput.parse(raw));
  dingId = await add({ shopId, kind: 'dingtalk', url: ding.url, secret: 'SECding' });
  await add({ shopId: null, kind: 'wecom', url: wecom.url, lang: 'en', linkUrl: 'https://redline.example/r/tok' });
});

afterAll(async () => {
  delete process.env.REDLINE_PUBLIC_URL;
  await Promise.all([ding.close(), wecom.close()]);
  await closeConnection(conn);
});

/** Seven more interventions on 03-31: 47 of 1,500 orders, over the 3% and 10-order line. */
async function sevenMore() {
  const insert = conn.raw.prepare(
    `insert into cases (shop_id, case_no, order_no, applied_at, applied_day, status, type, reason, product, amount_cents, responsible, intervened, platform_initiated, import_id)
     values (?, ?, ?, '2024-03-31 09:00:00', '2024-03-31', '平台处理中', '仅退款', '未收到货', '', 100, '', 1, 0, 0)`,
  );
  for (let i = 0; i < 7; i++) insert.run(shopId, `D${i}`, `2024-03-31#${i}`);
  await rebuildDaily(conn.db, shopId);
}

describe('a pass', () => {
  it('tells each group what changed, in its language, with the figures against the line', async () => {
    expect(await runAlerts(conn.db, { now: NOW, delivery: quick })).toEqual({ shops: 1, sent: 2, failed: 0 });
    // 40 of 1,500 = 2.67%: within 80% of the 3% and 10-order line (watch) since 03-20; 5 more reach 45 = 3%.
    expect(messageText(accepted(ding)[0])).toBe(
      [
        '#### 【红线】旗舰店：进入关注区；预计 2024-04-04 超线',
        // 40 in the trailing 28 days: 1.43 a day; 40 + 4 × 1.43 = 45.7 reaches 45 of 1,500 on 04-04.
        '按近 28 天节奏，预计 2024-04-04 超线',
        '**近30天平台介入率 2.67%，阈值 3.00%**',
        '近30天平台介入订单数 40，阈值 10',
        '状态：关注（自 2024-03-20 起）',
        '余量：再 5 单介入即超线',
        '主要原因：未收到货（30 单）',
        '数据截至 2024-03-31',
        `[查看报告](https://redline.example/shops/${shopId})`,
      ].join('\n\n'),
    );
    expect(messageText(accepted(wecom)[0])).toBe(
      [
        '### [Redline] 旗舰店: entered watch; over the line on 2024-04-04',
        'At the pace of the last 28 days, over the line on 2024-04-04',
        '**30-day platform intervention rate 2.67%, line 3.00%**',
        '30-day intervention orders 40, line 10',
        'Status: watch (since 2024-03-20)',
        'Headroom: 5 more intervention orders put the shop over the line',
        'Top reason: 未收到货 (30 orders)',
        'Figures as of 2024-03-31',
        '[Open the report](https://redline.example/r/tok)',
      ].join('\n'),
    );
  });

  it('never repeats while nothing changed', async () => {
    expect(await runAlerts(conn.db, { now: NOW, delivery: quick })).toEqual({ shops: 1, sent: 0, failed: 0 });
    expect(accepted(ding)).toHaveLength(1);
  });

  it('a robot that is down: logged with its answer, the change kept for the next pass', async () => {
    await sevenMore();
    ding.script.push('http503');
    expect(await runAlerts(conn.db, { now: NOW, delivery: quick })).toEqual({ shops: 1, sent: 1, failed: 1 });
    const [log] = await listAlertDeliveries(conn.db, dingId, 1);
    expect([log.outcome, log.code, log.attempts]).toEqual(['failed', 'http 503', 1]);
    expect(await runAlerts(conn.db, { now: NOW, delivery: quick })).toEqual({ shops: 1, sent: 1, failed: 0 });
    const text = messageText(accepted(ding)[1]);
    // 47 of 1,500 = 3.13%; over since 03-31 (one day: the penalty needs 3 in a row).
    expect(text).toContain('#### 【红线】旗舰店：已超线');
    expect(text).toContain('**近30天平台介入率 3.13%，阈值 3.00%**');
    expect(text).toContain('状态：超线（自 2024-03-31 起）');
    expect(text).toContain('余量：已超线');
    // The 40 of 03-20 leave the window on 04-19 (03-20 + 30): 7 of 1,500 is under the line again.
    expect(text).toContain('无新介入时 2024-04-19 恢复安全');
    expect(await runAlerts(conn.db, { now: NOW, delivery: quick })).toEqual({ shops: 1, sent: 0, failed: 0 });
  });

  it('no verdict from incomplete exports: a shop whose after-sales export covers only 10 days gets no message', async () => {
    const partial = await seedShop(conn, {
      name: '新店',
      platform: 'pdd',
      from: '2024-02-01',
      to: '2024-03-31',
      perDay: 10,
      cases: Array.from({ length: 20 }, (_, i) => ({
        caseNo: `N${i}`,
        orderNo: `2024-03-25#${i}`,
        applied: '2024-03-25',
      })),
      afterSalesCover: { from: '2024-03-22', to: '2024-03-31' },
    });
    const before = accepted(wecom).length;
    await runAlerts(conn.db, { now: NOW, delivery: quick, shopIds: [partial] });
    expect(accepted(wecom)).toHaveLength(before);
  });
});
