/**
 * Delivery to each robot, against loopback receivers that check what the robot's documentation
 * requires: the exact body, the signature (a wrong secret is refused by the receiver, with the
 * robot's own code, and not retried), retries on rate limits and network errors with growing
 * waits, a timeout, and no redirect followed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { deliver } from '@/lib/alerts/deliver';
import type { AlertMessage } from '@/lib/alerts/message';
import { accepted, type Robot, startRobot } from '../helpers/robots';

const message: AlertMessage = {
  title: '【红线】旗舰店：已超线',
  lines: ['**近30天平台介入率 3.13%，阈值 3.00%**', '状态：超线（自 2024-03-31 起）'],
  link: { label: '查看报告', url: 'https://redline.example/shops/1' },
  tone: 'red',
};
const event = { what: 'change', shopId: 1, shop: '旗舰店', data: { changes: [] } };
const SECRET = 'SECa1b2c3d4e5f6';

const robots: Robot[] = [];
const robot = async (...a: Parameters<typeof startRobot>) => {
  const r = await startRobot(...a);
  robots.push(r);
  return r;
};
afterEach(async () => {
  await Promise.all(robots.splice(0).map((r) => r.close()));
});

const slept: number[] = [];
const fast = { sleep: async (ms: number) => void slept.push(ms), timeoutMs: 2000 };

describe('each robot gets its own format, signed as it requires', () => {
  it('DingTalk: markdown with title and text; timestamp (ms) and sign in the query', async () => {
    const r = await robot('dingtalk', SECRET);
    const res = await deliver({ kind: 'dingtalk', url: r.url, secret: SECRET }, message, event, fast);
    expect(res).toEqual({ ok: true, attempts: 1, code: null, detail: '' });
    const [got] = r.received;
    expect(got.body).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: '【红线】旗舰店：已超线',
        text: '#### 【红线】旗舰店：已超线\n\n**近30天平台介入率 3.13%，阈值 3.00%**\n\n状态：超线（自 2024-03-31 起）\n\n[查看报告](https://redline.example/shops/1)',
      },
    });
    expect(Number(got.query.timestamp)).toBeGreaterThan(Date.now() - 60_000);
    expect(got.query.sign).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('DingTalk: the signature reaches the robot when the pasted URL ends in a #fragment', async () => {
    const r = await robot('dingtalk', SECRET);
    const res = await deliver({ kind: 'dingtalk', url: `${r.url}#robot`, secret: SECRET }, message, event, fast);
    expect(res).toEqual({ ok: true, attempts: 1, code: null, detail: '' });
  });

  it('DingTalk: a wrong secret is refused by the robot (310000) and not retried', async () => {
    const r = await robot('dingtalk', SECRET);
    const res = await deliver({ kind: 'dingtalk', url: r.url, secret: 'SECwrong-secret' }, message, event, fast);
    expect(res.ok).toBe(false);
    expect([res.code, res.attempts]).toEqual(['310000', 1]);
    expect(res.detail).toContain('sign not match');
    expect(accepted(r)).toHaveLength(0);
  });

  it('WeCom: markdown content, the key in the URL; a wrong key answers 93000', async () => {
    const r = await robot('wecom');
    expect((await deliver({ kind: 'wecom', url: r.url, secret: null }, message, event, fast)).ok).toBe(true);
    expect(r.received[0].body).toEqual({
      msgtype: 'markdown',
      markdown: {
        content:
          '### 【红线】旗舰店：已超线\n**近30天平台介入率 3.13%，阈值 3.00%**\n状态：超线（自 2024-03-31 起）\n[查看报告](https://redline.example/shops/1)',
      },
    });
    const wrong = r.url.replace(/key=.*/, 'key=not-the-key');
    const res = await deliver({ kind: 'wecom', url: wrong, secret: null }, message, event, fast);
    expect([res.ok, res.code, res.detail]).toEqual([false, '93000', 'invalid webhook url']);
  });

  it('Feishu: an interactive card, with timestamp (s) and sign in the body; a wrong secret answers 19021', async () => {
    const r = await robot('feishu', SECRET);
    expect((await deliver({ kind: 'feishu', url: r.url, secret: SECRET }, message, event, fast)).ok).toBe(true);
    const { timestamp, sign, ...rest } = r.received[0].body;
    expect(Number(timestamp)).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(typeof sign).toBe('string');
    expect(rest).toEqual({
      msg_type: 'interactive',
      card: {
        config: { wide_screen_mode: true },
        header: { title: { tag: 'plain_text', content: '【红线】旗舰店：已超线' }, template: 'red' },
        elements: [
          {
            tag: 'div',
            text: { tag: 'lark_md', content: '**近30天平台介入率 3.13%，阈值 3.00%**\n状态：超线（自 2024-03-31 起）' },
          },
          {
            tag: 'action',
            actions: [
              {
                tag: 'button',
                text: { tag: 'plain_text', content: '查看报告' },
                url: 'https://redline.example/shops/1',
                type: 'primary',
              },
            ],
          },
        ],
      },
    });
    const res = await deliver({ kind: 'feishu', url: r.url, secret: 'wrong' }, message, event, fast);
    expect([res.ok, res.code, res.attempts]).toEqual([false, '19021', 1]);
  });

  it('a plain webhook: Redline JSON, signed in a header the receiver checks', async () => {
    const r = await robot('webhook', SECRET);
    expect((await deliver({ kind: 'webhook', url: r.url, secret: SECRET }, message, event, fast)).ok).toBe(true);
    expect(r.received[0].body).toEqual({
      source: 'redline',
      what: 'change',
      shopId: 1,
      shop: '旗舰店',
      title: '【红线】旗舰店：已超线',
      text: '**近30天平台介入率 3.13%，阈值 3.00%**\n状态：超线（自 2024-03-31 起）',
      link: 'https://redline.example/shops/1',
      data: { changes: [] },
    });
    const res = await deliver({ kind: 'webhook', url: r.url, secret: 'wrong' }, message, event, fast);
    expect([res.ok, res.code, res.attempts]).toEqual([false, 'http 401', 1]);
  });
});

describe('delivery you can trust', () => {
  it('retries the robots’ rate-limit answers, waiting longer each time, then succeeds', async () => {
    for (const kind of ['dingtalk', 'wecom', 'feishu'] as const) {
      slept.length = 0;
      const r = await robot(kind);
      r.script.push('rateLimit', 'rateLimit');
      const res = await deliver({ kind, url: r.url, secret: null }, message, event, fast);
      expect([kind, res.ok, res.attempts]).toEqual([kind, true, 3]);
      expect(slept).toEqual([1000, 4000]);
    }
  });

  it('retries a dropped connection, a 503 and a busy robot; gives up after three retries', async () => {
    slept.length = 0;
    const r = await robot('dingtalk');
    r.script.push('drop', 'http503', 'busy', 'rateLimit');
    const res = await deliver({ kind: 'dingtalk', url: r.url, secret: null }, message, event, fast);
    expect([res.ok, res.attempts, res.code]).toEqual([false, 4, '130101']);
    expect(slept).toEqual([1000, 4000, 16000]);
    expect(r.received).toHaveLength(4);
  });

  it('a robot that never answers is a timeout, retried', async () => {
    const r = await robot('wecom');
    r.script.push('silent');
    const res = await deliver({ kind: 'wecom', url: r.url, secret: null }, message, event, { ...fast, timeoutMs: 300 });
    expect([res.ok, res.attempts]).toEqual([true, 2]);
  });

  it('never follows a redirect, to another host or its own', async () => {
    const elsewhere = await robot('dingtalk');
    const r = await robot('dingtalk');
    r.script.push({ redirect: elsewhere.url });
    const res = await deliver({ kind: 'dingtalk', url: r.url, secret: null }, message, event, fast);
    expect([res.ok, res.code, res.attempts]).toEqual([false, 'redirect', 1]);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('the log’s detail never carries the URL’s key or the secret, even when the robot’s answer quotes them', async () => {
    // A receiver whose error message quotes the request's address and signing header back, as
    // some robots' "invalid webhook url" answers do.
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: `refused ${req.url} signed with ${req.headers['x-redline-signature']}` }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/very-secret-key`;
    try {
      const res = await deliver({ kind: 'webhook', url, secret: SECRET }, message, event, { ...fast, backoffMs: [] });
      expect([res.ok, res.code]).toEqual([false, 'http 401']);
      expect(res.detail).toMatch(/^\{"error":"refused \/hooks\/… signed with t=\d+,v1=[0-9a-f]{64}"\}$/);
      expect(JSON.stringify(res)).not.toContain('very-secret-key');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('a key the answer quotes where the log’s 300 characters end is taken out whole, not cut and kept in part', async () => {
    const key = '693a91f6-7a3c-4bc4-97a0-0ec2a1fa5aaa';
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errcode: 93000, errmsg: `${'x'.repeat(230)} invalid webhook url ${req.url}` }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cgi-bin/webhook/send?key=${key}`;
    try {
      const res = await deliver({ kind: 'wecom', url, secret: null }, message, event, { ...fast, backoffMs: [] });
      expect(res.code).toBe('93000');
      expect(res.detail.length).toBeLessThanOrEqual(300);
      expect(res.detail).not.toContain(key.slice(0, 8));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
