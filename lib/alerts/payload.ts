/**
 * One message in each robot's own format, as its documentation gives it:
 * - DingTalk custom robot (open.dingtalk.com, 自定义机器人发送群消息, msgtype markdown):
 *   `{"msgtype": "markdown", "markdown": {"title", "text"}}`; the title is what the chat list shows.
 * - WeCom group robot (developer.work.weixin.qq.com/document/path/91770, markdown type):
 *   `{"msgtype": "markdown", "markdown": {"content"}}`, content at most 4096 bytes of UTF-8.
 * - Feishu custom bot (open.feishu.cn, 自定义机器人使用指南 / 发送消息卡片): `{"msg_type":
 *   "interactive", "card": {header, elements}}`; with a signing secret, `timestamp` and `sign`
 *   beside msg_type in the same body. The body must stay under 20 KB: a long text is cut.
 * - A plain webhook: Redline's own JSON, documented in the README.
 */
import type { AlertChannelKind } from '../db/alertSchema';
import type { AlertMessage } from './message';
import { feishuSign } from './sign';

export interface PlainEvent {
  /** 'change', 'digest' or 'test'. */
  what: string;
  shopId: number | null;
  shop: string | null;
  /** What changed (topics and values) or the digest's shops: for machines. */
  data: unknown;
}

const WECOM_MAX_BYTES = 4096;

/** Cut to at most `max` bytes of UTF-8 on a character boundary, with an ellipsis when cut. */
function cutBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  let size = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (size + n > max - 3) break;
    out += ch;
    size += n;
  }
  return `${out}…`;
}

const linkLine = (m: AlertMessage) => (m.link ? [`[${m.link.label}](${m.link.url})`] : []);

function dingtalkBody(m: AlertMessage) {
  // DingTalk markdown needs a blank line between paragraphs to break them.
  const text = [`#### ${m.title}`, ...m.lines, ...linkLine(m)].join('\n\n');
  return { msgtype: 'markdown', markdown: { title: m.title, text } };
}

function wecomBody(m: AlertMessage) {
  const content = cutBytes([`### ${m.title}`, ...m.lines, ...linkLine(m)].join('\n'), WECOM_MAX_BYTES);
  return { msgtype: 'markdown', markdown: { content } };
}

const FEISHU_TEMPLATE = { red: 'red', orange: 'orange', green: 'green', blue: 'blue' } as const;

/** Feishu refuses a request body over 20 KB (自定义机器人使用指南): a long digest is cut to fit. */
const FEISHU_MAX_BYTES = 20 * 1024;

function feishuBody(m: AlertMessage, secret: string | null, timestampSec: number) {
  let content = m.lines.join('\n');
  let body = feishuCard(m, content, secret, timestampSec);
  // The JSON escapes newlines and quotes: measure the body, cut the text by what is over, again if need be.
  for (let over = Buffer.byteLength(JSON.stringify(body)) - FEISHU_MAX_BYTES; over > 0; ) {
    content = cutBytes(content, Buffer.byteLength(content) - over - 16);
    body = feishuCard(m, content, secret, timestampSec);
    over = Buffer.byteLength(JSON.stringify(body)) - FEISHU_MAX_BYTES;
  }
  return body;
}

function feishuCard(m: AlertMessage, content: string, secret: string | null, timestampSec: number) {
  const elements: unknown[] = [{ tag: 'div', text: { tag: 'lark_md', content } }];
  if (m.link)
    elements.push({
      tag: 'action',
      actions: [
        { tag: 'button', text: { tag: 'plain_text', content: m.link.label }, url: m.link.url, type: 'primary' },
      ],
    });
  const card = {
    config: { wide_screen_mode: true },
    header: { title: { tag: 'plain_text', content: m.title }, template: FEISHU_TEMPLATE[m.tone] },
    elements,
  };
  const signed = secret ? { timestamp: String(timestampSec), sign: feishuSign(secret, timestampSec) } : {};
  return { ...signed, msg_type: 'interactive', card };
}

function plainBody(m: AlertMessage, e: PlainEvent) {
  return {
    source: 'redline',
    what: e.what,
    shopId: e.shopId,
    shop: e.shop,
    title: m.title,
    text: m.lines.join('\n'),
    link: m.link?.url ?? null,
    data: e.data,
  };
}

/** The JSON body for a channel's robot; `timestampSec` signs a Feishu body. */
export function robotBody(
  kind: AlertChannelKind,
  m: AlertMessage,
  e: PlainEvent,
  secret: string | null,
  timestampSec: number,
): unknown {
  switch (kind) {
    case 'dingtalk':
      return dingtalkBody(m);
    case 'wecom':
      return wecomBody(m);
    case 'feishu':
      return feishuBody(m, secret, timestampSec);
    case 'webhook':
      return plainBody(m, e);
  }
}
