/**
 * Loopback HTTP receivers that answer like each robot, as its documentation describes: they check
 * the signature themselves (their own HMAC code, not Redline's), refuse a wrong one with the
 * robot's own error, and can be told to answer the next requests with a rate-limit code, a 5xx, a
 * dropped connection, a redirect or silence.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RobotKind = 'dingtalk' | 'wecom' | 'feishu' | 'webhook';

export interface Received {
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** What the receiver answered. */
  answer: unknown;
}

/** How to answer the next request instead of the robot's usual check. */
export type Scripted = 'rateLimit' | 'busy' | 'http503' | 'drop' | 'silent' | { redirect: string };

export interface Robot {
  kind: RobotKind;
  /** The webhook URL to enter for this robot. */
  url: string;
  received: Received[];
  script: Scripted[];
  close(): Promise<void>;
}

const TOKEN = 'tok3n-abcdef-0123456789';

const RATE_LIMIT: Record<RobotKind, unknown> = {
  dingtalk: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' },
  wecom: { errcode: 45009, errmsg: 'api freq out of limit' },
  feishu: { code: 11232, msg: 'frequency limited' },
  webhook: null,
};

function check(kind: RobotKind, secret: string | null, r: Omit<Received, 'answer'>): { status: number; body: unknown } {
  const ok = { status: 200, body: { errcode: 0, errmsg: 'ok' } };
  if (kind === 'dingtalk') {
    if (r.query.access_token !== TOKEN) return { status: 200, body: { errcode: 300001, errmsg: 'token is not exist' } };
    if (secret) {
      const ts = Number(r.query.timestamp);
      // DingTalk's rule: sign = urlencode(base64(hmac_sha256(secret, timestamp + "\n" + secret))); the query is decoded here.
      const want = createHmac('sha256', secret).update(`${r.query.timestamp}\n${secret}`).digest('base64');
      if (!(Math.abs(Date.now() - ts) < 3_600_000) || r.query.sign !== want)
        return {
          status: 200,
          body: {
            errcode: 310000,
            errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]',
          },
        };
    }
    const md = r.body.markdown as { title?: unknown; text?: unknown } | undefined;
    if (r.body.msgtype !== 'markdown' || typeof md?.title !== 'string' || typeof md?.text !== 'string')
      return { status: 200, body: { errcode: 40035, errmsg: '缺少参数 json' } };
    return ok;
  }
  if (kind === 'wecom') {
    if (r.query.key !== TOKEN) return { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' } };
    const md = r.body.markdown as { content?: unknown } | undefined;
    if (r.body.msgtype !== 'markdown' || typeof md?.content !== 'string')
      return { status: 200, body: { errcode: 40008, errmsg: 'invalid message type' } };
    return ok;
  }
  if (kind === 'feishu') {
    if (!r.path.endsWith(`/${TOKEN}`))
      return { status: 200, body: { code: 19001, msg: 'param invalid: incoming webhook access token invalid' } };
    if (secret) {
      const ts = String(r.body.timestamp ?? '');
      // Feishu's rule: sign = base64(hmac_sha256(key = timestamp + "\n" + secret, message = "")), timestamp in seconds.
      const want = createHmac('sha256', `${ts}\n${secret}`).update('').digest('base64');
      if (!(Math.abs(Date.now() / 1000 - Number(ts)) < 3600) || r.body.sign !== want)
        return {
          status: 200,
          body: { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' },
        };
    }
    if (r.body.msg_type !== 'interactive' || typeof r.body.card !== 'object')
      return { status: 200, body: { code: 9499, msg: 'Bad Request' } };
    return { status: 200, body: { code: 0, msg: 'success', data: {} } };
  }
  if (secret) {
    const [t, v1] = String(r.headers['x-redline-signature'] ?? '').split(',');
    const ts = t?.slice(2) ?? '';
    const want = createHmac('sha256', secret)
      .update(`${ts}.${JSON.stringify(r.body)}`)
      .digest('hex');
    if (v1 !== `v1=${want}`) return { status: 401, body: { error: 'bad signature' } };
  }
  return { status: 204, body: null };
}

/** A receiver for `kind`; with `secret`, it requires the robot's signature made with it. */
export async function startRobot(kind: RobotKind, secret: string | null = null): Promise<Robot> {
  const received: Received[] = [];
  const script: Scripted[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(text);
      } catch {
        body = { unparsed: text };
      }
      const r = { path: u.pathname, query: Object.fromEntries(u.searchParams), headers: req.headers, body };
      const next = script.shift();
      const answer = (status: number, json: unknown) => {
        received.push({ ...r, answer: json });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(json === null ? '' : JSON.stringify(json));
      };
      if (next === 'drop') {
        received.push({ ...r, answer: 'drop' });
        req.socket.destroy();
      } else if (next === 'silent') received.push({ ...r, answer: 'silent' });
      else if (next === 'rateLimit') answer(200, RATE_LIMIT[kind]);
      else if (next === 'busy') answer(200, { errcode: -1, errmsg: '系统繁忙' });
      else if (next === 'http503') answer(503, { error: 'unavailable' });
      else if (next && typeof next === 'object') {
        received.push({ ...r, answer: 'redirect' });
        res.writeHead(302, { location: next.redirect });
        res.end();
      } else {
        const { status, body: json } = check(kind, secret, r);
        answer(status, json);
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = {
    dingtalk: `${base}/robot/send?access_token=${TOKEN}`,
    wecom: `${base}/cgi-bin/webhook/send?key=${TOKEN}`,
    feishu: `${base}/open-apis/bot/v2/hook/${TOKEN}`,
    webhook: `${base}/hooks/redline`,
  }[kind];
  return {
    kind,
    url,
    received,
    script,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** The accepted messages' text, whatever the robot: DingTalk's text, WeCom's content, Feishu's card, the webhook's text. */
export function messageText(r: Received): string {
  const b = r.body as {
    msgtype?: string;
    markdown?: { text?: string; content?: string };
    msg_type?: string;
    card?: { header: { title: { content: string } }; elements: { text?: { content: string } }[] };
    title?: string;
    text?: string;
  };
  if (b.msgtype === 'markdown') return b.markdown?.text ?? b.markdown?.content ?? '';
  if (b.msg_type === 'interactive' && b.card)
    return [b.card.header.title.content, ...b.card.elements.map((e) => e.text?.content ?? '')].join('\n');
  return `${b.title}\n${b.text}`;
}

/** Requests the robot accepted (its usual success answer). */
export const accepted = (robot: Robot) =>
  robot.received.filter((r) => {
    const a = r.answer as Record<string, unknown> | null;
    return a === null || a?.errcode === 0 || a?.code === 0;
  });
