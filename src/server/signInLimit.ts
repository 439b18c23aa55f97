// Per-address brakes on the endpoints that guess passwords or send mail: sign-in, forgot-password and
// first-register. Payload's own lockout protects each account; this protects against one address trying many.
//
// Sign-in is braked in two places that share one limiter (getSignInLimiter): the server answers an address
// that must wait with a 429 before Next sees the request (src/server), and the users collection's hooks
// count each try as it arrives, knowing which account it names, so that a success forgives only the
// failures counted against that account (src/collections/Users/hooks/brakeSignIn.ts).
import type { IncomingMessage, ServerResponse } from 'node:http'

import { setNewest } from '@/utilities/boundedMap'

import { addressGroup } from './clientAddress'
import { singleton } from './state'

/** Failures an address gets for free before it must wait. */
export const FREE_TRIES = 5
/** The longest an address is made to wait between tries. */
export const MAX_WAIT_S = 15 * 60
/** An address that stays quiet this long starts afresh. */
const FORGET_AFTER_MS = 60 * 60 * 1000
/** Addresses remembered at once; the oldest go first, so a flood of addresses cannot exhaust memory. */
const MAX_TRACKED = 50_000
/** Accounts told apart per address; tries at any further account are never forgiven. */
const MAX_ACCOUNTS_PER_ADDRESS = 20
const OTHER_ACCOUNTS = '\u0000others'

export const SIGN_IN_PATH = '/api/users/login'

const GUARDED: Record<string, 'failures' | 'requests'> = {
  [SIGN_IN_PATH]: 'failures',
  // Every request counts on these two: a success mails someone or creates the first account.
  '/api/users/forgot-password': 'requests',
  '/api/users/first-register': 'requests',
}

type Entry = { strikes: number; byAccount: Map<string, number>; last: number }

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

  /** Counts a try from an address, against the account it names (if any). */
  strike(key: string, account = ''): void {
    const entry = this.current(key) ?? { strikes: 0, byAccount: new Map<string, number>(), last: 0 }
    const bucket = entry.byAccount.has(account) || entry.byAccount.size < MAX_ACCOUNTS_PER_ADDRESS ? account : OTHER_ACCOUNTS
    entry.byAccount.set(bucket, (entry.byAccount.get(bucket) ?? 0) + 1)
    entry.strikes++
    entry.last = this.now()
    setNewest(this.entries, key, entry, MAX_TRACKED)
  }

  /**
   * A success: the tries this address made at that account are forgiven, never those at other accounts,
   * so signing in to one's own account cannot be used to keep guessing someone else's password.
   */
  forgive(key: string, account = ''): void {
    const entry = this.current(key)
    const forgiven = entry?.byAccount.get(account)
    if (!entry || !forgiven) return
    entry.byAccount.delete(account)
    entry.strikes -= forgiven
    if (entry.strikes <= 0) this.entries.delete(key)
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

/** The process's one limiter: the server and Payload's hooks must count on the same entries. */
export function getSignInLimiter(): SignInLimiter {
  return singleton('SignInLimiter', () => new SignInLimiter())
}

export const TOO_MANY_TRIES = (seconds: number) => `Bạn đã thử quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`

/** The limiter's key for a guarded path and a client's address group. */
export const limiterKey = (pathname: string, group: string) => `${pathname} ${group}`

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

/**
 * Handles the request itself with a 429 when its address must wait; otherwise lets it through. Tries at
 * forgot-password and first-register are counted here, on arrival; sign-in tries are counted by the users
 * collection's hooks, which know the account. Returns true when it answered.
 */
export function applySignInLimit(limiter: SignInLimiter, request: IncomingMessage, response: ServerResponse, address: string): boolean {
  if (request.method !== 'POST') return false
  const pathname = guardedPath(request.url)
  const counts = GUARDED[pathname]
  if (!counts) return false
  // Grouped only here, for the three guarded paths: not on every request.
  const key = limiterKey(pathname, addressGroup(address))
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
  if (counts === 'requests') limiter.strike(key)
  return false
}
