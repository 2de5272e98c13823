/**
 * `redline alerts` and the import's own pass, in-process: a channel added with its secret is
 * listed masked (never the key, token or secret); an import that puts a shop over the line tells
 * the robot once, an import that gives no verdict tells nothing; test, pause, run and remove.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { marchOverTheLine } from '../helpers/exports';
import { tempDir } from '../helpers/files';
import { accepted, messageText, type Robot, startRobot } from '../helpers/robots';

let dir: string;
let env: Record<string, string>;
let ding: Robot;
const SECRET = 'SECcli-secret-value';

beforeAll(async () => {
  dir = tempDir();
  // 2024-04-01 10:00 China: 03-31 is the latest day that can be complete.
  env = {
    DATABASE_URL: path.join(dir, 'alerts.db'),
    TZ: 'America/Los_Angeles',
    REDLINE_LANG: 'zh',
    REDLINE_NOW: '2024-04-01T02:00:00Z',
  };
  ding = await startRobot('dingtalk', SECRET);
});
afterAll(() => ding.close());

const cli = (...args: string[]) => runCli(args, env);

it('adds a channel and lists it masked: never the token or the secret', async () => {
  const add = await cli('alerts', 'add', '--all-shops', '--channel', 'dingtalk', '--url', ding.url, '--secret', SECRET);
  expect(add.status, add.stderr).toBe(0);
  expect(add.stdout).toMatch(
    /^已添加提醒渠道 1（dingtalk，所有店铺）：http:\/\/127\.0\.0\.1:\d+\/robot\/send\?access_token=to…89\n$/,
  );
  const list = await cli('alerts', 'list');
  const json = await cli('alerts', 'list', '--json');
  for (const out of [add.stdout, list.stdout, json.stdout]) {
    expect(out).not.toContain('tok3n-abcdef-0123456789');
    expect(out).not.toContain(SECRET);
  }
  expect(list.stdout).toContain('已设签名密钥');
  expect(JSON.parse(json.stdout)[0]).toMatchObject({ id: 1, kind: 'dingtalk', hasSecret: true, paused: false });
});

it('refuses a webhook that is not https (http only to this machine)', async () => {
  const r = await cli('alerts', 'add', '--all-shops', '--channel', 'wecom', '--url', 'http://example.com/hook');
  expect([r.status, r.stderr.trim()]).toEqual([
    2,
    'alerts add：--url: 只能发往 https 地址（测试时可用本机的 http 地址）',
  ]);
});

it('an import tells the group once the exports give a verdict, once', async () => {
  const { orders, cases } = marchOverTheLine(dir);
  expect((await cli('import', '--shop', '旗舰店', orders)).status).toBe(0);
  // Orders alone: no after-sales export covers the window, so no verdict and no message.
  expect(ding.received).toHaveLength(0);
  const imp = await cli('import', '--shop', '旗舰店', cases);
  expect(imp.status, imp.stderr).toBe(0);
  expect(accepted(ding)).toHaveLength(1);
  const text = messageText(accepted(ding)[0]);
  expect(text).toContain('#### 【红线】旗舰店：已超线');
  expect(text).toContain('**近30天平台介入率 3.33%，阈值 3.00%**');
  // Over since the first complete day: 03-30's window is 03-01…03-30, the first the exports wholly cover.
  expect(text).toContain('状态：超线（自 2024-03-30 起）');
  // Imported again: nothing new, nothing said.
  await cli('import', '--shop', '旗舰店', cases);
  expect(accepted(ding)).toHaveLength(1);
  const run = await cli('alerts', 'run');
  expect(run.stdout.trim()).toBe('已检查 1 个店铺：发送 0 条，失败 0 条');
});

it('test, pause, remove', async () => {
  const test = await cli('alerts', 'test', '--id', '1', '--lang', 'en');
  expect([test.status, test.stdout.trim()]).toEqual([0, 'Test message delivered (1 attempt)']);
  expect(messageText(accepted(ding).at(-1)!)).toContain('【红线】测试消息');
  expect((await cli('alerts', 'pause', '--id', '1')).stdout.trim()).toBe('已暂停提醒渠道 1');
  expect((await cli('alerts', 'list')).stdout).toContain('已暂停');
  // Paused: a pass does not look at it.
  expect((await cli('alerts', 'run')).stdout.trim()).toBe('已检查 0 个店铺：发送 0 条，失败 0 条');
  expect((await cli('alerts', 'remove', '--id', '1')).stdout.trim()).toBe('已删除提醒渠道 1');
  expect((await cli('alerts', 'list')).stdout.trim()).toBe('还没有提醒渠道');
  expect((await cli('alerts', 'test', '--id', '1')).stderr.trim()).toBe('alerts test：没有 id 为「1」的提醒渠道。');
});

it('a test message a robot refuses says the robot’s code and message', async () => {
  const add = await cli(
    'alerts',
    'add',
    '--shop',
    '旗舰店',
    '--channel',
    'dingtalk',
    '--url',
    ding.url,
    '--secret',
    'SECwrong',
  );
  expect(add.status, add.stderr).toBe(0);
  const id = /渠道 (\d+)/.exec(add.stdout)![1];
  const r = await cli('alerts', 'test', '--id', id);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^测试消息未送达（1 次尝试）：310000 sign not match/);
  const list = await cli('alerts', 'list', '--shop', '旗舰店');
  // China time, as every time a merchant reads (REDLINE_NOW is 02:00 UTC).
  expect(list.stdout).toContain('最近一次：2024-04-01 10:00:00 失败 310000 sign not match');
});
