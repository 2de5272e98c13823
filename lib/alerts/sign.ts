/**
 * The robots' signatures, each as its own documentation specifies.
 */
import { createHmac } from 'node:crypto';

/**
 * DingTalk custom robot, 加签 (open.dingtalk.com, 自定义机器人安全设置): `timestamp` in
 * milliseconds; sign = Base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret)),
 * then URL-encoded; both go into the webhook's query string. DingTalk refuses a timestamp more
 * than an hour off.
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  const digest = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
  return encodeURIComponent(digest);
}

/**
 * The DingTalk webhook URL with `timestamp` and `sign` added to its query (before any #fragment,
 * which a request never carries: a signature after one would never reach DingTalk).
 */
export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}timestamp=${timestampMs}&sign=${dingtalkSign(secret, timestampMs)}`;
}

/**
 * Feishu custom bot, 签名校验 (open.feishu.cn, 自定义机器人使用指南): `timestamp` in seconds;
 * sign = Base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = empty)). Note the key is
 * the string to sign, not the secret, unlike DingTalk. Both go into the JSON body beside msg_type.
 */
export function feishuSign(secret: string, timestampSec: number): string {
  return createHmac('sha256', `${timestampSec}\n${secret}`).update('').digest('base64');
}

/**
 * The plain webhook: hex HMAC-SHA256(secret, timestamp + "." + body), sent as
 * `X-Redline-Signature: t=<seconds>,v1=<hex>` so the receiver can check body and age.
 */
export function webhookSignature(secret: string, timestampSec: number, body: string): string {
  return `t=${timestampSec},v1=${createHmac('sha256', secret).update(`${timestampSec}.${body}`).digest('hex')}`;
}
