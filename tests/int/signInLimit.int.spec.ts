import { describe, expect, it } from 'vitest'

import { addressGroup, clientAddress } from '@/server/clientAddress'
import { FREE_TRIES, MAX_WAIT_S, SignInLimiter } from '@/server/signInLimit'

describe('the per-address sign-in brake', () => {
  it('gives five free failures, then doubles the wait, up to fifteen minutes', () => {
    let now = 0
    const limiter = new SignInLimiter(() => now)
    for (let i = 0; i < FREE_TRIES; i++) {
      expect(limiter.waitSeconds('a')).toBe(0)
      limiter.strike('a')
    }
    expect(limiter.waitSeconds('a')).toBe(1)
    now += 1000
    expect(limiter.waitSeconds('a')).toBe(0)
    limiter.strike('a')
    expect(limiter.waitSeconds('a')).toBe(2)
    for (let i = 0; i < 20; i++) limiter.strike('a')
    expect(limiter.waitSeconds('a')).toBe(MAX_WAIT_S)
    expect(limiter.waitSeconds('another address')).toBe(0)
  })

  it('forgets an address after a quiet hour, and at once after a success', () => {
    let now = 0
    const limiter = new SignInLimiter(() => now)
    for (let i = 0; i < 10; i++) limiter.strike('a')
    now += 61 * 60 * 1000
    expect(limiter.waitSeconds('a')).toBe(0)
    for (let i = 0; i < 10; i++) limiter.strike('b')
    limiter.forgive('b')
    expect(limiter.waitSeconds('b')).toBe(0)
  })
})

describe('the client address', () => {
  it('is the connection itself when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('6.6.6.6', '10.0.0.9', 0)).toBe('10.0.0.9')
    expect(clientAddress(undefined, '10.0.0.9', 0)).toBe('10.0.0.9')
  })

  it('is what the trusted proxy saw, not what the client wrote before it', () => {
    // The client wrote 6.6.6.6; the one proxy appended the real address 203.0.113.9.
    expect(clientAddress('6.6.6.6, 203.0.113.9', '127.0.0.1', 1)).toBe('203.0.113.9')
    expect(clientAddress('6.6.6.6, 203.0.113.9, 10.0.0.2', '127.0.0.1', 2)).toBe('203.0.113.9')
    expect(clientAddress(undefined, '127.0.0.1', 1)).toBe('127.0.0.1')
  })
})

describe('a success forgives only its own account', () => {
  it('signing in to one account does not clear the tries made at another from the same address', () => {
    let now = 0
    const limiter = new SignInLimiter(() => now)
    // An author guesses the admin's password four times, signs in to their own account, and goes on.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) limiter.strike('dia-chi', 'quantri@so.vn')
      limiter.strike('dia-chi', 'tacgia@so.vn')
      limiter.forgive('dia-chi', 'tacgia@so.vn')
      now += 1
    }
    expect(limiter.waitSeconds('dia-chi')).toBeGreaterThan(0)
    // The tries at the account that signed in are forgiven.
    const other = new SignInLimiter(() => now)
    for (let i = 0; i < 4; i++) other.strike('b', 'toi@so.vn')
    other.strike('b', 'toi@so.vn')
    other.forgive('b', 'toi@so.vn')
    expect(other.waitSeconds('b')).toBe(0)
  })
})

describe('address groups', () => {
  it('reads IPv4-mapped IPv6 as IPv4 and groups IPv6 by its /64', () => {
    expect(addressGroup('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(addressGroup('::FFFF:203.0.113.9')).toBe('203.0.113.9')
    expect(addressGroup('203.0.113.9')).toBe('203.0.113.9')
    const a = addressGroup('2001:db8:1:2:aaaa:bbbb:cccc:dddd')
    expect(a).toBe(addressGroup('2001:0db8:0001:0002::1'))
    expect(a).toBe(addressGroup('[2001:db8:1:2::ffff]'))
    expect(a).not.toBe(addressGroup('2001:db8:1:3::1'))
    expect(addressGroup('::1')).toBe('0:0:0:0::/64')
  })
})
