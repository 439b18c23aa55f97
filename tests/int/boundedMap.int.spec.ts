import { describe, expect, it } from 'vitest'

import { dropExpired, setNewest } from '@/utilities/boundedMap'

describe('bounded maps (the counter and the sign-in brake keep strangers in them)', () => {
  it('keeps at most the bound, dropping whatever was set longest ago', () => {
    const map = new Map<string, number>()
    for (let i = 1; i <= 5; i++) setNewest(map, `a${i}`, i, 3)
    expect([...map.keys()]).toEqual(['a3', 'a4', 'a5'])
  })

  it('counts a key set again as new, so the entry in use is not the one dropped', () => {
    const map = new Map<string, number>()
    setNewest(map, 'old', 1, 2)
    setNewest(map, 'other', 2, 2)
    setNewest(map, 'old', 3, 2)
    setNewest(map, 'third', 4, 2)
    expect([...map]).toEqual([
      ['old', 3],
      ['third', 4],
    ])
  })

  it('drops expired entries from the oldest end and reads no further than the first one still valid', () => {
    const map = new Map<string, number>()
    for (let at = 1; at <= 1000; at++) setNewest(map, `v${at}`, at, 10_000)
    let read = 0
    const dropped = dropExpired(map, (at) => {
      read++
      return at <= 3
    })
    expect(dropped).toBe(3)
    expect(read).toBe(4)
    expect(map.size).toBe(997)
    expect(map.keys().next().value).toBe('v4')
  })
})
