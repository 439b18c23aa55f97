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

/**
 * The unit a brake or a cap counts by: an IPv4 address as it is (also when written IPv4-mapped, "::ffff:1.2.3.4"),
 * an IPv6 address by its /64, since one subscriber is usually given a whole /64 and can pick any address in it.
 */
export function addressGroup(address: string | null | undefined): string {
  const raw = (address ?? '')
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(raw)
  if (mapped) return mapped[1]
  if (!raw.includes(':')) return raw
  const hextets = expandIPv6(raw)
  return hextets ? `${hextets.slice(0, 4).join(':')}::/64` : raw.toLowerCase()
}

/** The eight hextets of an IPv6 address, without leading zeros; null when it is not one. */
function expandIPv6(address: string): string[] | null {
  let text = address.toLowerCase()
  // A trailing dotted quad ("::1.2.3.4", "64:ff9b::1.2.3.4") stands for the last two hextets.
  const quad = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number)
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  if (!all.every((part) => /^[0-9a-f]{1,4}$/.test(part))) return null
  return all.map((part) => parseInt(part, 16).toString(16))
}

/** The address the server pinned for this request (see pinClientAddress), as Next's handlers see it. */
export function pinnedAddress(headers: Headers): string | undefined {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined
}
