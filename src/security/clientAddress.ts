// Who is on the other end of a request, as far as this server can trust it.
import type { IncomingMessage } from 'node:http'

/**
 * How many reverse proxies stand in front of the server (TRUST_PROXY, default 0). Each appends the address
 * it saw to X-Forwarded-For, so the entry that many places from the right is the client; anything further
 * left was written by the client and proves nothing.
 */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUST_PROXY ?? 0)
  return Number.isInteger(hops) && hops >= 0 ? hops : 0
}

export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, hops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, socketAddress ?? 'unknown']
  return chain[Math.max(0, chain.length - 1 - hops)]
}

/**
 * Replaces X-Forwarded-For with the one address the server trusts, before Next sees the request: Next only
 * fills the header in when it is absent, so a client could otherwise name any address it liked.
 */
export function pinClientAddress(request: IncomingMessage, hops: number): string {
  const address = clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress, hops)
  request.headers['x-forwarded-for'] = address
  return address
}
