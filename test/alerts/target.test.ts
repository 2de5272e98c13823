/**
 * Where alerts may go, how a channel's secrets are shown, and WeCom's 4096-byte markdown limit.
 */
import { describe, expect, it } from 'vitest';
import { secretsOf } from '@/lib/alerts/deliver';
import { robotBody } from '@/lib/alerts/payload';
import { maskUrl, scrub, targetProblem } from '@/lib/alerts/target';
import { alertChannelInput } from '@/lib/input/alerts';
import { describeIssues } from '@/lib/input/fields';

describe('targets', () => {
  it('https anywhere, http only to this machine, never a user or password in the URL', () => {
    expect(targetProblem('https://oapi.dingtalk.com/robot/send?access_token=x')).toBeNull();
    expect(targetProblem('http://127.0.0.1:8080/hook')).toBeNull();
    expect(targetProblem('http://[::1]:8080/hook')).toBeNull();
    expect(targetProblem('http://localhost/hook')).toBeNull();
    expect(targetProblem('http://127.example.invalid/hook')).toBe('scheme');
    expect(targetProblem('http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x')).toBe('scheme');
    expect(targetProblem('ftp://127.0.0.1/x')).toBe('scheme');
    expect(targetProblem('https://user:pw@example.com/')).toBe('credentials');
    expect(targetProblem('not a url')).toBe('url');
  });

  it('masks the token, the key and the Feishu hook id', () => {
    expect(maskUrl('https://oapi.dingtalk.com/robot/send?access_token=98975521a1b23c02cdd1')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=98…d1',
    );
    expect(maskUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=69…aa',
    );
    expect(maskUrl('https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd')).toBe(
      'https://open.feishu.cn/open-apis/bot/v2/hook/5e…fd',
    );
  });

  it("masks a plain webhook's token in its path, however short, and with a slash after it", () => {
    // Zapier's catch hooks end in a slash; the last two segments are the account and the secret.
    const zapier = 'https://hooks.zapier.com/hooks/catch/1234567/3abcdef/';
    expect(maskUrl(zapier)).toBe('https://hooks.zapier.com/hooks/catch/…/…/');
    expect(maskUrl('https://relay.example/notify/s3cr3tT0k3n')).toBe('https://relay.example/notify/…');
    expect(maskUrl('https://relay.example/T0123ABC/hook')).toBe('https://relay.example/…/hook');
    expect(maskUrl('https://relay.example/h/0123456789abcdef0123')).toBe('https://relay.example/h/01…23');
    // Words of a path stay readable.
    expect(maskUrl('https://relay.example/hooks/redline')).toBe('https://relay.example/hooks/redline');
    // What the delivery log scrubs from a robot's answer is what the mask hides.
    expect(secretsOf({ url: zapier, secret: null })).toEqual(expect.arrayContaining(['1234567', '3abcdef']));
    expect(scrub(`bad hook 3abcdef at ${zapier}`, secretsOf({ url: zapier, secret: null }))).toBe('bad hook … at …');
  });
});

it('WeCom markdown is cut to 4096 bytes of UTF-8, on a character', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `第${i}行：近30天平台介入率`);
  const body = robotBody(
    'wecom',
    { title: 'T', lines, link: null, tone: 'blue' },
    { what: 'test', shopId: null, shop: null, data: null },
    null,
    0,
  ) as {
    markdown: { content: string };
  };
  const bytes = Buffer.byteLength(body.markdown.content);
  expect(bytes).toBeLessThanOrEqual(4096);
  expect(bytes).toBeGreaterThan(4090);
  expect(body.markdown.content.endsWith('…')).toBe(true);
});

it('a Feishu card stays under Feishu’s 20 KB body limit: a digest of 400 shops is cut, on a character', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `旗舰店${i}号：超线 · 3.13%（阈值 3.00%） · 余量 0 "引号"`);
  const body = robotBody(
    'feishu',
    {
      title: '【红线】每日汇总 2024-04-01',
      lines,
      link: { label: '查看报告', url: 'https://x.example/' },
      tone: 'red',
    },
    { what: 'digest', shopId: null, shop: null, data: null },
    'feishu-secret',
    1_700_000_000,
  ) as { card: { elements: { text?: { content: string } }[] } };
  const bytes = Buffer.byteLength(JSON.stringify(body));
  expect(bytes).toBeLessThanOrEqual(20 * 1024);
  expect(bytes).toBeGreaterThan(19 * 1024);
  const content = body.card.elements[0].text?.content ?? '';
  expect(content.startsWith('旗舰店0号')).toBe(true);
  expect(content.endsWith('…')).toBe(true);
});

it('a WeCom channel takes no signing secret: WeCom group robots do not sign, and "signing secret set" would mislead', () => {
  const base = { shopId: null, kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' };
  const r = alertChannelInput.safeParse({ ...base, secret: 'SECabc' });
  expect(r.success).toBe(false);
  expect(r.error && describeIssues(r.error, 'en')).toBe(
    'secret: WeCom group robots do not sign: leave the secret empty',
  );
  expect(alertChannelInput.safeParse(base).success).toBe(true);
  expect(alertChannelInput.safeParse({ ...base, kind: 'dingtalk', secret: 'SECabc' }).success).toBe(true);
});
