/**
 * Sending one message to one robot: a timeout per attempt, three retries with growing waits on a
 * network error, an HTTP 429 or 5xx, or a robot's own "too fast / busy" answer; any other answer
 * is final. Redirects are never followed (a webhook that answers 3xx fails): a request goes only
 * to the URL the merchant entered. The result carries the robot's own code and message, with the
 * channel's secrets taken out, for the delivery log.
 */
import type { AlertChannelKind, AlertChannelRow } from '../db/alertSchema';
import type { AlertMessage } from './message';
import { type PlainEvent, robotBody } from './payload';
import { dingtalkSignedUrl, webhookSignature } from './sign';
import { pathTokens, scrub } from './target';

export interface DeliveryOptions {
  timeoutMs?: number;
  /** Waits before each retry; its length is the number of retries. */
  backoffMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** The clock that signs (tests freeze it). */
  now?: () => number;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  code: string | null;
  detail: string;
}

export const DEFAULT_BACKOFF_MS = [1000, 4000, 16000] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 64 * 1024;
/** How much of a robot's answer the delivery log keeps. */
const DETAIL_CHARS = 300;

/**
 * Codes that mean "try again later", from each robot's documentation:
 * - DingTalk: 130101 "send too fast, exceed 20 times per minute" (20 messages a minute, then
 *   10 minutes of refusal); -1 系统繁忙.
 * - WeCom: 45009 "api freq out of limit" (20 messages a minute per robot); -1 系统繁忙.
 * - Feishu: 11232 frequency limited (100 a minute, 5 a second per bot).
 * Others are final: DingTalk 310000 (keyword, signature or IP check failed), 300001 (token);
 * WeCom 93000 (invalid webhook URL); Feishu 19021 (signature or timestamp), 19024 (keyword),
 * 9499 (bad request).
 */
const RETRY_CODES: Record<AlertChannelKind, readonly number[]> = {
  dingtalk: [130101, -1],
  wecom: [45009, -1],
  feishu: [11232],
  webhook: [],
};

type Attempt = { ok: true } | { ok: false; retry: boolean; code: string; detail: string };

/** What the robot said: DingTalk and WeCom `errcode`/`errmsg`, Feishu `code`/`msg` (or its older `StatusCode`). */
function robotAnswer(kind: AlertChannelKind, status: number, text: string): Attempt {
  let json: Record<string, unknown> | null = null;
  try {
    const v = JSON.parse(text);
    if (v && typeof v === 'object') json = v as Record<string, unknown>;
  } catch {
    json = null;
  }
  const httpFail = (): Attempt => ({
    ok: false,
    retry: status === 429 || status >= 500,
    code: `http ${status}`,
    detail: text,
  });
  if (kind === 'webhook') return status >= 200 && status < 300 ? { ok: true } : httpFail();
  const code = kind === 'feishu' ? (json?.code ?? json?.StatusCode) : json?.errcode;
  const message = kind === 'feishu' ? (json?.msg ?? json?.StatusMessage) : json?.errmsg;
  if (typeof code !== 'number') return httpFail();
  if (code === 0 && status >= 200 && status < 300) return { ok: true };
  return {
    ok: false,
    retry: RETRY_CODES[kind].includes(code) || status === 429 || status >= 500,
    code: String(code),
    detail: String(message ?? ''),
  };
}

async function readCapped(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function attempt(
  channel: Pick<AlertChannelRow, 'kind' | 'url' | 'secret'>,
  message: AlertMessage,
  event: PlainEvent,
  nowMs: number,
  timeoutMs: number,
): Promise<Attempt> {
  const body = JSON.stringify(robotBody(channel.kind, message, event, channel.secret, Math.floor(nowMs / 1000)));
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  let url = channel.url;
  if (channel.kind === 'dingtalk' && channel.secret) url = dingtalkSignedUrl(url, channel.secret, nowMs);
  if (channel.kind === 'webhook' && channel.secret)
    headers['x-redline-signature'] = webhookSignature(channel.secret, Math.floor(nowMs / 1000), body);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, retry: false, code: 'redirect', detail: `HTTP ${res.status}` };
    }
    return robotAnswer(channel.kind, res.status, await readCapped(res));
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') return { ok: false, retry: true, code: 'timeout', detail: `${timeoutMs} ms` };
    return { ok: false, retry: true, code: 'network', detail: err.cause?.code ?? err.cause?.message ?? err.message };
  }
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function deliver(
  channel: Pick<AlertChannelRow, 'kind' | 'url' | 'secret'>,
  message: AlertMessage,
  event: PlainEvent,
  opts: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  const sleep = opts.sleep ?? realSleep;
  const now = opts.now ?? Date.now;
  let last: Attempt = { ok: false, retry: false, code: 'none', detail: '' };
  for (let i = 0; i <= backoff.length; i++) {
    if (i > 0) await sleep(backoff[i - 1]);
    last = await attempt(channel, message, event, now(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (last.ok) return { ok: true, attempts: i + 1, code: null, detail: '' };
    if (!last.retry) return finish(channel, last, i + 1);
  }
  return finish(channel, last, backoff.length + 1);
}

function finish(
  channel: Pick<AlertChannelRow, 'url' | 'secret'>,
  a: Extract<Attempt, { ok: false }>,
  attempts: number,
): DeliveryResult {
  // Scrubbed whole, then cut: a secret the cut went through would not be found, and half of it kept.
  return { ok: false, attempts, code: a.code, detail: scrub(a.detail, secretsOf(channel)).slice(0, DETAIL_CHARS) };
}

/** Everything in a channel that is secret: the URL, its query values and the path's tokens, the signing secret. */
export function secretsOf(channel: Pick<AlertChannelRow, 'url' | 'secret'>): string[] {
  const out = [channel.url, channel.secret ?? ''];
  try {
    const u = new URL(channel.url);
    for (const v of u.searchParams.values()) out.push(v);
    out.push(...pathTokens(u));
  } catch {
    // not a URL: the whole text is already in the list
  }
  return out.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}
