import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { marchOverTheLine } from '../helpers/exports';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';
import { launchBrowser, newContext, type PageProblems, unlabelledControls, watchPage } from './browser';
import { startServer, type TestServer } from './server';
import { shooting, shot } from './shots';

const SECRET = 'SECbrowser-secret-1234';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: TestServer;
let robot: Robot;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let shopId: number;

beforeAll(async () => {
  robot = await startRobot('dingtalk', SECRET);
  // 2024-04-01 10:00 in China; the schedule ticks every second.
  server = await startServer({ env: { REDLINE_NOW: '2024-04-01T02:00:00Z', REDLINE_ALERT_TICK_MS: '1000' } });
  const { orders, cases } = marchOverTheLine(server.dir);
  const env = { DATABASE_URL: server.databaseUrl, REDLINE_NOW: '2024-04-01T02:00:00Z' };
  expect((await runCli(['import', '--shop', '旗舰店', orders], env)).status).toBe(0);
  expect((await runCli(['import', '--shop', '旗舰店', cases], env)).status).toBe(0);
  const list = await runCli(['alerts', 'list', '--json'], env);
  expect(JSON.parse(list.stdout)).toEqual([]);
  const json = await runCli(['metrics', '--shop', '旗舰店', '--json'], env);
  expect(JSON.parse(json.stdout).days.at(-1).status).toBe('over');
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  // A script chunk still loading when a test reloads the page is cut short by the reload itself.
  problems = watchPage(page, [/_next\/static\/chunks\/.*ERR_ABORTED/]);
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: '查看 旗舰店 的看板' }).click();
  await page.waitForURL(/\/shops\/\d+$/);
  shopId = Number(/\/shops\/(\d+)$/.exec(page.url())![1]);
});

/**
 * The message as a DingTalk group shows a robot's markdown (heading, bold, paragraphs, a link),
 * drawn in a page of its own: the README's picture (test/.tmp/screenshots/alert-message.png).
 */
async function pictureOf(markdown: string) {
  if (!shooting) return;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = markdown
    .split('\n\n')
    .map((p) =>
      p.startsWith('#### ')
        ? `<h4>${esc(p.slice(5))}</h4>`
        : `<p>${esc(p)
            .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
            .replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>')}</p>`,
    )
    .join('');
  const card = await context.newPage();
  await card.setContent(
    `<html lang="zh-CN"><body style="margin:0;background:#eef0f3;font:14px/1.6 'Noto Sans CJK SC',sans-serif">
      <div id="m" style="display:flex;gap:10px;padding:16px;width:460px">
        <div style="width:36px;height:36px;border-radius:8px;background:#c0392b;color:#fff;display:grid;place-items:center;font-weight:700">红</div>
        <div><div style="color:#666;font-size:12px">红线提醒 · 机器人</div>
        <div style="background:#fff;border-radius:8px;padding:4px 14px;box-shadow:0 1px 2px #0002">${html}</div></div>
      </div></body></html>`,
  );
  await shot(card.locator('#m'), 'alert-message.png');
  await card.close();
}

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await robot?.close();
});

describe.sequential('group alerts in the settings', () => {
  test('adds a DingTalk robot with its secret; the page shows it masked', async () => {
    await page.goto(`${server.url}/shops/${shopId}/settings`);
    const section = page.getByTestId('alert-channels');
    await section.getByRole('heading', { name: '群提醒（钉钉、企业微信、飞书）' }).waitFor();
    expect(await section.getByText('还没有提醒渠道').count()).toBe(1);
    await section.getByLabel('机器人').selectOption('dingtalk');
    await section.getByLabel('Webhook 地址').fill(robot.url);
    await section.getByLabel('签名密钥（可选）').fill(SECRET);
    await section.getByLabel('名称（可选）').fill('运营群');
    // A plain-http address elsewhere is refused, named by its label, and nothing typed is lost.
    await section.getByLabel('Webhook 地址').fill('http://open.feishu.cn/open-apis/bot/v2/hook/abc');
    await section.getByRole('button', { name: '添加渠道' }).click();
    await expect.poll(() => section.getByTestId('alert-add-status').textContent()).toMatch(/^请检查：Webhook 地址/);
    expect(await section.getByLabel('名称（可选）').inputValue()).toBe('运营群');
    expect(await section.getByLabel('签名密钥（可选）').inputValue()).toBe(SECRET);
    await section.getByLabel('Webhook 地址').fill(robot.url);
    await section.getByRole('button', { name: '添加渠道' }).click();
    await section.getByTestId('alert-channel').waitFor();
    expect(await section.getByTestId('alert-url').textContent()).toMatch(
      /^钉钉自定义机器人 · http:\/\/127\.0\.0\.1:\d+\/robot\/send\?access_token=to…89 · 已设签名密钥 · zh$/,
    );
    const html = await page.content();
    expect(html).not.toContain('tok3n-abcdef-0123456789');
    expect(html).not.toContain(SECRET);
    expect(await unlabelledControls(page)).toEqual([]);
  });

  test('the server’s schedule tells the group the shop is over the line, once', async () => {
    for (let i = 0; i < 100 && accepted(robot).length === 0; i++) await sleep(100);
    const [told] = accepted(robot);
    expect(messageText(told)).toContain('#### 【红线】旗舰店：已超线');
    expect(messageText(told)).toContain('**近30天平台介入率 3.33%，阈值 3.00%**');
    await sleep(2500);
    expect(accepted(robot)).toHaveLength(1);
    await pictureOf(messageText(told));
  });

  test('a test message reaches the robot; the delivery log shows both', async () => {
    await page.waitForLoadState('networkidle');
    await page.reload();
    const section = page.getByTestId('alert-channels');
    await section.getByRole('button', { name: '发送测试消息' }).click();
    await expect.poll(() => section.getByTestId('alert-status').textContent()).toBe('测试消息已送达');
    expect(messageText(accepted(robot).at(-1)!)).toContain('【红线】测试消息');
    const log = section.getByTestId('alert-log').locator('li');
    await expect.poll(() => log.count()).toBe(2);
    expect(await log.first().textContent()).toMatch(/已送达（测试，1 次尝试）$/);
    expect(await log.nth(1).textContent()).toMatch(/已送达（变化，1 次尝试）$/);
    await shot(section, 'alerts-settings.png');
  });

  test('what a channel is told can be changed', async () => {
    const section = page.getByTestId('alert-channels');
    await section.getByText('修改何时提醒').click();
    const edit = section.getByTestId('alert-edit');
    await edit.getByLabel('处罚开始或结束').uncheck();
    await edit.getByLabel('数据几天未更新（空 = 不提醒）').fill('');
    await edit.getByLabel('每日汇总时间（中国时间，空 = 不发）').fill('09:00');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => section.getByTestId('alert-triggers').textContent())
      .toBe('状态变化（关注、超线、处罚、恢复正常）、举证 24 小时内截止、预测 7 天内超线、每日 09:00 汇总');
    // Its time has come today (10:00): the schedule sends the digest.
    await expect
      .poll(
        () =>
          accepted(robot)
            .map(messageText)
            .some((m) => m.includes('每日汇总 2024-04-01')),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
  });

  test('in English; pause and remove', async () => {
    await context.addCookies([{ name: 'redline_lang', value: 'en', url: server.url }]);
    // Chunks still loading when the page reloads would be cut short: let them finish.
    await page.waitForLoadState('networkidle');
    await page.reload();
    const section = page.getByTestId('alert-channels');
    await section.getByRole('heading', { name: 'Group alerts (DingTalk, WeCom, Feishu)' }).waitFor();
    await section.getByRole('button', { name: 'Pause' }).click();
    await section.getByText('paused', { exact: true }).waitFor();
    // Removing asks first: cancelled, the channel stays; confirmed, it goes.
    await section.getByRole('button', { name: 'Remove alert channel 运营群' }).click();
    const confirm = section.getByRole('group', { name: 'Confirm removing alert channel 运营群' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await section.getByRole('button', { name: 'Remove alert channel 运营群' }).click();
    await confirm.getByRole('button', { name: 'Remove for good' }).click();
    await section.getByText('No alert channels yet').waitFor();
    expect(problems.list).toEqual([]);
  });
});
