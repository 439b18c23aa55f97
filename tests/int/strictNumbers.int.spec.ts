// A number field refuses what is not a number, with a 400 and its message, and keeps what was there:
// Payload alone turned "abc" into NaN, let it pass as "no value", and saved the field empty; "90,60" became 90.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { numbersRefused, refuseTextForNumbers, refuseTextForNumbersInGlobal } from '@/fields/strictNumbers'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { outsideClient, type PortalSDK, refusal } from '../helpers/sdk'

vi.mock('next/cache', () => ({ unstable_cache: <T>(read: T) => read, revalidateTag: () => undefined }))

let payload: Payload
let staff: PortalSDK

beforeAll(async () => {
  payload = await testPayload()
  const admin = await seedUser(payload, 'admin', 'Quản trị số liệu')
  const { token } = await outsideClient().login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })
  staff = outsideClient(token!)
})

describe('a number sent through REST', () => {
  it('is refused when it is not a number, and the saved figure stays', async () => {
    await staff.updateGlobal({ slug: 'weather', data: { manualMin: 12 } })
    for (const sent of ['abc', 'Infinity', '-Infinity']) {
      const refused = await refusal(staff.updateGlobal({ slug: 'weather', data: { manualMin: sent as never } }))
      expect(refused, sent).toEqual({ status: 400, message: 'Lỗi - Field sau không hợp lệ: Nhiệt độ thấp nhất (°C)' })
    }
    expect((await staff.findGlobal({ slug: 'weather' })).manualMin).toBe(12)
  })

  it('tells which field and why, in Vietnamese', async () => {
    try {
      await staff.updateGlobal({ slug: 'weather', data: { manualMax: 'hai mươi' as never } })
      expect.unreachable('the update was accepted')
    } catch (error) {
      const errors = (error as { errors?: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }> }).errors
      expect(errors?.[0]?.data?.errors).toEqual([{ path: 'manualMax', label: expect.anything(), message: 'Vui lòng nhập số.' }])
    }
  })

  it('is still taken when it is a number written as text, and cleared when empty', async () => {
    expect((await staff.updateGlobal({ slug: 'weather', data: { manualMin: ' 15 ' as never } })).manualMin).toBe(15)
    expect((await staff.updateGlobal({ slug: 'weather', data: { manualMin: '' as never } })).manualMin ?? null).toBeNull()
  })

  it('is refused when written as Vietnamese write decimals, or with letters after it: never read as its first digits', async () => {
    for (const sent of ['90,60', '12abc', '1.2.3']) {
      const refused = await refusal(staff.updateGlobal({ slug: 'weather', data: { manualMax: sent as never } }))
      expect(refused.status, sent).toBe(400)
    }
    expect((await staff.updateGlobal({ slug: 'weather', data: { manualMax: '24.5' as never } })).manualMax).toBe(24.5)
  })

  it('creates nothing in a collection when refused', async () => {
    const before = await payload.count({ collection: 'units' })
    const refused = await refusal(
      staff.create({ collection: 'units', data: { shortName: 'KT-SO', fullName: 'Đơn vị kiểm thử số', order: 'abc' as never } }),
    )
    expect(refused.status).toBe(400)
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('every number field of the portal', () => {
  // Payload's own collections and globals (its jobs, migrations, preferences…) are added after the plugins
  // run, and hold no figure anyone types.
  it('is checked on every write of every collection and global, Payload’s own fields included', () => {
    const unguarded = [
      ...payload.config.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .filter((collection) => !collection.hooks.beforeOperation.includes(refuseTextForNumbers))
        .map((collection) => collection.slug),
      ...payload.config.globals
        .filter((global) => !global.slug.startsWith('payload-'))
        .filter((global) => !(global.hooks?.beforeOperation ?? []).includes(refuseTextForNumbersInGlobal))
        .map((global) => global.slug),
    ]
    expect(unguarded).toEqual([])
  })

  it('is found at any depth: groups, rows, arrays', () => {
    const scores = payload.config.collections.find((collection) => collection.slug === 'score-records')!
    const refused = numbersRefused(scores.fields, {
      year: '2023',
      total: { value: '90,60', rank: 7 },
      scoreParts: [
        { name: 'A', value: 8.88 },
        { name: 'B', value: '17.54' },
        { name: 'C', value: 'năm' },
      ],
      criteria: [{ name: 'X', value: 1, previousValue: '1e400' }],
    })
    expect(refused.map(({ path }) => path)).toEqual(['total.value', 'scoreParts.2.value', 'criteria.0.previousValue'])
    const media = payload.config.collections.find((collection) => collection.slug === 'media')!
    expect(numbersRefused(media.fields, { alt: 'Ảnh', focalX: 'giữa' }).map(({ path }) => path)).toEqual(['focalX'])
  })
})
