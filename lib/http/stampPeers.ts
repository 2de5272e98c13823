import http from 'node:http';
import { PEER_HEADER, trustProxy } from './peer';

const PATCHED = Symbol.for('redline.stampPeers');

/**
 * Stamps every incoming request with the address of the socket it came on, before Next sees it.
 * Next copies a client's X-Forwarded-* headers through unchanged (it only fills them in when
 * absent), so without a trusted proxy in front they are dropped here and Next refills them from
 * the socket: a client cannot choose the address the password throttle counts it under.
 */
export function stampPeers(): void {
  const proto = http.Server.prototype as unknown as Record<PropertyKey, unknown> & {
    emit: (...a: unknown[]) => boolean;
  };
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: unknown, ...args: unknown[]) {
    if (event === 'request') stampRequest(args[0] as http.IncomingMessage);
    return emit.call(this, event, ...args);
  };
  proto[PATCHED] = true;
}

export function stampRequest(req: http.IncomingMessage, trusted = trustProxy()): void {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? 'unknown';
  if (!trusted) {
    for (const h of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'])
      delete req.headers[h];
  }
}
