// Per-address brakes on the endpoints that guess passwords or send mail: sign-in, forgot-password and
// first-register. Payload's own lockout protects each account; this protects against one address trying many.
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Failures an address gets for free before it must wait. */
export const FREE_TRIES = 5
/** The longest an address is made to wait between tries. */
export const MAX_WAIT_S = 15 * 60
/** An address that stays quiet this long starts afresh. */
const FORGET_AFTER_MS = 60 * 60 * 1000
/** Addresses remembered at once; the oldest go first, so a flood of addresses cannot exhaust memory. */
const MAX_TRACKED = 50_000

const GUARDED: Record<string, 'failures' | 'requests'> = {
  '/api/users/login': 'failures',
  // Every request counts on these two: a success mails someone or creates the first account.
  '/api/users/forgot-password': 'requests',
  '/api/users/first-register': 'requests',
}

type Entry = { strikes: number; last: number }

export class SignInLimiter {
  private entries = new Map<string, Entry>()

  constructor(private now: () => number = Date.now) {}

  /** Seconds this address must still wait before its next try; 0 when it may go ahead. */
  waitSeconds(key: string): number {
    const entry = this.current(key)
    if (!entry || entry.strikes < FREE_TRIES) return 0
    const wait = Math.min(2 ** (entry.strikes - FREE_TRIES), MAX_WAIT_S)
    return Math.max(0, Math.ceil((entry.last + wait * 1000 - this.now()) / 1000))
  }

  strike(key: string): void {
    const entry = this.current(key) ?? { strikes: 0, last: 0 }
    this.entries.delete(key)
    this.entries.set(key, { strikes: entry.strikes + 1, last: this.now() })
    if (this.entries.size > MAX_TRACKED) this.entries.delete(this.entries.keys().next().value as string)
  }

  forgive(key: string): void {
    this.entries.delete(key)
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && this.now() - entry.last > FORGET_AFTER_MS) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }
}

export const TOO_MANY_TRIES = (seconds: number) =>
  `Bạn đã thử quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`

/**
 * Handles the request itself with a 429 when its address must wait; otherwise lets it through and
 * counts its outcome once the response is sent. Returns true when it answered.
 */
/** The path Payload will route, as Payload matches it: without query, trailing slash or letter case. */
function guardedPath(url: string | undefined): string {
  let pathname: string
  try {
    pathname = new URL(url ?? '/', 'http://portal.invalid').pathname
  } catch {
    return ''
  }
  return pathname.replace(/\/+$/, '').toLowerCase()
}

export function applySignInLimit(
  limiter: SignInLimiter,
  request: IncomingMessage,
  response: ServerResponse,
  address: string,
): boolean {
  if (request.method !== 'POST') return false
  const pathname = guardedPath(request.url)
  const counts = GUARDED[pathname]
  if (!counts) return false
  const key = `${pathname} ${address}`
  const wait = limiter.waitSeconds(key)
  if (wait > 0) {
    response.writeHead(429, {
      'Content-Type': 'application/json; charset=utf-8',
      'Retry-After': String(wait),
      'Cache-Control': 'no-store',
    })
    response.end(JSON.stringify({ errors: [{ message: TOO_MANY_TRIES(wait) }] }))
    return true
  }
  // Counted on arrival, so that tries sent all at once are braked like tries sent one after another.
  limiter.strike(key)
  if (counts === 'failures') {
    response.on('finish', () => {
      if (response.statusCode < 300) limiter.forgive(key)
    })
  }
  return false
}
