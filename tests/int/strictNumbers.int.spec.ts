// A number field refuses what is not a number, with a 400 and its message, and keeps what was there:
// Payload alone turned "abc" into NaN, let it pass as "no value", and saved the field empty.
import { type Field, type Payload, type PayloadRequest, ValidationError } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

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
  // Payload adds some number fields after the plugins run: its own collections (jobs' and migrations'
  // counters), an upload's size, dimensions and focal point (set from the file), a user's failed sign-ins.
  // The portal's plugin never sees them; none holds a figure staff type.
  const ADDED_BY_PAYLOAD = /^payload-|^(media|documents)\.(filesize|width|height|focalX|focalY|sizes\.)|^users\.loginAttempts$/
  /** Every number field at any depth (rows, groups, arrays, tabs, blocks), by its place. */
  function numberFields(fields: Field[], place: string): Array<{ place: string; field: Field }> {
    return fields.flatMap((field) => {
      const here = 'name' in field ? `${place}.${field.name}` : place
      if (field.type === 'number') return [{ place: here, field }]
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => numberFields(tab.fields, here))
      if (field.type === 'blocks') return field.blocks.flatMap((block) => numberFields(block.fields, `${here}.${block.slug}`))
      return 'fields' in field && Array.isArray(field.fields) ? numberFields(field.fields, here) : []
    })
  }

  it('refuses NaN, the nested ones too (score records’ totals, criteria…)', async () => {
    const req = { t: (key: string) => key } as unknown as PayloadRequest
    const refuses = (field: Field) => {
      const hooks = ('hooks' in field && field.hooks?.beforeValidate) || []
      try {
        for (const hook of hooks) hook({ value: Number.NaN, field, path: ['x'], req } as never)
      } catch (error) {
        return error instanceof ValidationError
      }
      return false
    }
    const found = [
      ...payload.config.collections.flatMap((collection) => numberFields(collection.fields, collection.slug)),
      ...payload.config.globals.flatMap((global) => numberFields(global.fields, global.slug)),
    ]
    expect(found.length).toBeGreaterThanOrEqual(20)
    expect(found.map(({ place }) => place)).toContain('score-records.total.value')
    const accepted = found.filter(({ place, field }) => !ADDED_BY_PAYLOAD.test(place) && !refuses(field)).map(({ place }) => place)
    expect(accepted).toEqual([])
  })
})
