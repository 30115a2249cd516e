import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import proxyaddr from 'proxy-addr';

/** Whether the hop at `address` (0 = the socket's peer) is a proxy of ours whose X-Forwarded-For can be believed. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * `TRUST_PROXY`: unset → no proxy is trusted and the socket address is the client; a whole number n → the n
 * hops nearest the service are ours (Express's convention); otherwise a comma-separated list of addresses, CIDR
 * ranges or `loopback`, `linklocal`, `uniquelocal` (proxy-addr's names). Throws on a value proxy-addr refuses.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops === 0 ? null : (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(v.split(',').map((s) => s.trim()).filter(Boolean));
}

/**
 * The client's address: the socket's peer, or with a trusted proxy in front the nearest address in
 * X-Forwarded-For that is not one of our proxies (so a client cannot choose its own key by sending the header).
 * `app.request()` in tests has no socket: 'unknown'.
 */
export function clientAddress(c: Context, trust: TrustProxy | null | undefined): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    // Not served by @hono/node-server (in-process requests).
  }
  if (!socket) return 'unknown';
  if (!trust) return socket;
  // proxy-addr reads only these two fields of a Node request.
  const req = { socket: { remoteAddress: socket }, headers: { 'x-forwarded-for': c.req.header('x-forwarded-for') ?? '' } };
  return proxyaddr(req as unknown as IncomingMessage, trust);
}
