// The organisation: a unit tree without cycles, leaders readers see only when published (and only their
// public contact fields), and the work schedule cut into ISO weeks on the Vietnam calendar.
import { type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { ADJUSTMENT_GRACE_MS } from '@/organisation/hooks/markAdjusted'
import { UNIT_CYCLE_MESSAGE } from '@/organisation/hooks/preventUnitCycle'
import { byLeadership } from '@/organisation/people'
import { findScheduleOfWeek } from '@/organisation/queries'
import { buildTree } from '@/organisation/tree'
import { formatWeek, parseWeek, weekOf, weekRange } from '@/organisation/week'
import type { Person, Unit } from '@/payload-types'

import { seedUser, TEST_PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { outsideClient, refusal } from '../helpers/sdk'

let payload: Payload
const context = { disableRevalidate: true }
const asReader = { user: null, overrideAccess: false as const }

const unit = (shortName: string, parent?: number, order?: number) =>
  payload.create({ collection: 'units', data: { shortName, fullName: `Đơn vị ${shortName}`, parent, order }, context })

beforeAll(async () => {
  payload = await testPayload()
})

/** The field and message a refused save names (what the admin shows beside the field). */
async function fieldError(save: Promise<unknown>): Promise<{ path: string; message: string }> {
  try {
    await save
  } catch (error) {
    if (error instanceof ValidationError) {
      const [{ path, message }] = error.data.errors
      return { path, message }
    }
    throw error
  }
  throw new Error('Expected the save to be refused.')
}

describe('the unit tree', () => {
  it('refuses a parent that would put a unit under itself, with a Vietnamese message', async () => {
    const top = await unit('Sở thử')
    const middle = await unit('Phòng thử', top.id)
    const bottom = await unit('Tổ thử', middle.id)

    expect(await fieldError(payload.update({ collection: 'units', id: top.id, data: { parent: bottom.id }, context }))).toEqual({
      path: 'parent',
      message: UNIT_CYCLE_MESSAGE,
    })
    expect(await fieldError(payload.update({ collection: 'units', id: middle.id, data: { parent: middle.id }, context }))).toEqual({
      path: 'parent',
      message: UNIT_CYCLE_MESSAGE,
    })
    expect((await payload.findByID({ collection: 'units', id: top.id, depth: 0 })).parent ?? null).toBeNull()

    // Through REST, staff get a 400 that names the field, never a 500.
    const admin = await seedUser(payload, 'admin')
    const { token } = await outsideClient().login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })
    const refused = await refusal(outsideClient(token!).update({ collection: 'units', id: top.id, data: { parent: bottom.id } }))
    expect(refused.status).toBe(400)

    // A legal move still works, and the tree puts every unit under its parent in staff's order.
    const second = await unit('Phòng thứ hai', top.id, 1)
    await payload.update({ collection: 'units', id: middle.id, data: { order: 2 }, context })
    const units = (await payload.find({ collection: 'units', limit: 100, depth: 0 })).docs
    const root = buildTree(units).find((node) => node.unit.id === top.id)!
    expect(root.children.map((node) => node.unit.id)).toEqual([second.id, middle.id])
    expect(root.children[1].children.map((node) => node.unit.id)).toEqual([bottom.id])
  })

  it('keeps the existing short-name lookup of authors working, and gives each unit a slug', async () => {
    const cchc = await unit('Phòng CCHC-VTLT thử')
    expect(cchc.slug).toBe('phong-cchc-vtlt-thu')
    const author = await payload.create({ collection: 'authors', data: { name: 'Tác giả thử', unit: cchc.id }, context })
    const read = await payload.findByID({ collection: 'authors', id: author.id, depth: 1 })
    expect((read.unit as Unit).fullName).toBe('Đơn vị Phòng CCHC-VTLT thử')
  })
})

describe('people', () => {
  let published: Person
  let hidden: Person

  beforeAll(async () => {
    const office = await unit('Văn phòng thử')
    published = await payload.create({
      collection: 'people',
      data: {
        name: '[Họ tên Giám đốc]',
        position: 'Giám đốc Sở',
        role: 'director',
        unit: office.id,
        phone: '0214 3840 000',
        email: 'giamdoc@example.vn',
        published: true,
      },
      context,
    })
    hidden = await payload.create({
      collection: 'people',
      data: { name: '[Họ tên chưa công bố]', position: 'Phó Giám đốc', role: 'deputy', published: false },
      context,
    })
  })

  it('readers see only published people, through the Local API and through REST', async () => {
    const ids = (await payload.find({ collection: 'people', ...asReader, limit: 100 })).docs.map((person) => person.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(hidden.id)
    await expect(payload.findByID({ collection: 'people', id: hidden.id, ...asReader })).rejects.toThrow()

    const rest = await outsideClient().find({ collection: 'people', limit: 20 })
    expect(rest.docs.map((person) => person.id)).toContain(published.id)
    expect(rest.docs.map((person) => person.id)).not.toContain(hidden.id)
    expect((await refusal(outsideClient().findByID({ collection: 'people', id: hidden.id }))).status).toBe(404)
    // Nor by asking about the flag: a filter on it is refused, not answered.
    expect((await refusal(outsideClient().find({ collection: 'people', where: { published: { equals: false } } }))).status).toBe(400)
  })

  it('a reader gets only the fields of a public contact page, nothing more', async () => {
    const rest = await outsideClient().findByID({ collection: 'people', id: published.id, depth: 0 })
    const allowed = [
      'id',
      'name',
      'position',
      'role',
      'order',
      'published',
      'unit',
      'photo',
      'phone',
      'email',
      'biography',
      'responsibilities',
      'createdAt',
      'updatedAt',
    ]
    expect(Object.keys(rest).filter((key) => !allowed.includes(key))).toEqual([])
    expect(rest.phone).toBe('0214 3840 000')
    // A client that names no locale (Payload's SDK) reads the Vietnamese text, not a person without a name.
    expect(rest.name).toBe(published.name)
    expect(rest.position).toBe(published.position)
  })

  it('orders the director first, then deputies, then heads of units, whatever the order numbers say', () => {
    const person = (id: number, role: Person['role'], order?: number) => ({ id, role, order, name: `Người ${id}` }) as Person
    const sorted = [person(1, 'head', 0), person(2, 'deputy', 5), person(3, 'director', 99), person(4, 'deputy', 1)].sort(byLeadership)
    expect(sorted.map((p) => p.id)).toEqual([3, 4, 2, 1])
  })

  it('readers cannot create or change people', async () => {
    await expect(
      payload.create({ collection: 'people', data: { name: 'Giả mạo', position: 'Giám đốc', role: 'director' }, ...asReader }),
    ).rejects.toThrow()
    await expect(payload.update({ collection: 'people', id: published.id, data: { phone: '0900000000' }, ...asReader })).rejects.toThrow()
  })
})

describe('the work schedule by ISO week in Vietnam time', () => {
  it('names weeks as ISO does, Monday first', () => {
    // Monday 30/11/2026 00:00 in Vietnam is Sunday 29/11 17:00 UTC.
    expect(weekRange({ year: 2026, week: 49 }).start.toISOString()).toBe('2026-11-29T17:00:00.000Z')
    expect(weekRange({ year: 2026, week: 49 }).end.toISOString()).toBe('2026-12-06T17:00:00.000Z')
    expect(weekOf(new Date('2026-01-01T05:00:00Z'))).toEqual({ year: 2026, week: 1 })
    expect(weekOf(new Date('2027-01-01T05:00:00Z'))).toEqual({ year: 2026, week: 53 })
    expect(formatWeek({ year: 2026, week: 9 })).toBe('2026-W09')
  })

  it('refuses absurd ?tuan= values', () => {
    expect(parseWeek('2026-W49')).toEqual({ year: 2026, week: 49 })
    for (const bad of ['2026-W54', '2025-W53', '2026-W00', '9999-W01', '2026-49', "2026-W1' OR 1=1", '', undefined, ['2026-W49']]) {
      expect(parseWeek(bad)).toBeNull()
    }
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 })
  })

  it('an entry at 23:30 Sunday Vietnam time belongs to that week; 00:30 Monday to the next', async () => {
    const entry = (startsAt: string, content: string, published = true) =>
      payload.create({ collection: 'schedule-entries', data: { startsAt, content, published }, context })
    const sundayLate = await entry('2026-12-06T16:30:00.000Z', 'Chủ nhật 23:30 giờ Việt Nam')
    const mondayEarly = await entry('2026-12-06T17:30:00.000Z', 'Thứ Hai 00:30 giờ Việt Nam')
    const mondayStart = await entry('2026-11-29T17:00:00.000Z', 'Thứ Hai 00:00 đầu tuần 49')
    const draft = await entry('2026-12-02T02:00:00.000Z', 'Lịch chưa công bố', false)

    const week49 = (await findScheduleOfWeek(payload, { year: 2026, week: 49 })).map((e) => e.id)
    const week50 = (await findScheduleOfWeek(payload, { year: 2026, week: 50 })).map((e) => e.id)
    expect(week49).toEqual([mondayStart.id, sundayLate.id])
    expect(week50).toEqual([mondayEarly.id])
    expect(weekOf(new Date(sundayLate.startsAt))).toEqual({ year: 2026, week: 49 })
    expect(week49).not.toContain(draft.id)
  })

  it('marks an entry "điều chỉnh" when what it says changes after the grace period, not for a fix right after publishing', async () => {
    const entry = await payload.create({
      collection: 'schedule-entries',
      data: { startsAt: '2026-12-08T01:00:00.000Z', content: 'Họp giao ban', place: 'Phòng họp số 1', published: true },
      context,
    })
    expect(entry.firstPublishedAt).toBeTruthy()
    const quickFix = await payload.update({ collection: 'schedule-entries', id: entry.id, data: { place: 'Phòng họp số 2' }, context })
    expect(quickFix.adjustedAt ?? null).toBeNull()

    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + ADJUSTMENT_GRACE_MS + 60_000)
      const untouched = await payload.update({ collection: 'schedule-entries', id: entry.id, data: { place: 'Phòng họp số 2' }, context })
      expect(untouched.adjustedAt ?? null).toBeNull()
      const moved = await payload.update({
        collection: 'schedule-entries',
        id: entry.id,
        data: { startsAt: '2026-12-08T07:00:00.000Z' },
        context,
      })
      expect(moved.adjustedAt).toBeTruthy()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the demonstration organisation', () => {
  it('is seeded once, keeps the founding article unit, and publishes no placeholder person', async () => {
    const { seedFoundingContent } = await import('@/seed')
    const { seedOrganisation, DEMO_ROOT, DEMO_UNITS } = await import('@/seed/organisation')
    await seedFoundingContent(payload)
    const cchcBefore = (await payload.find({ collection: 'units', where: { shortName: { equals: 'Phòng CCHC-VTLT' } } })).docs[0]
    const first = await seedOrganisation(payload)
    const second = await seedOrganisation(payload)
    expect(first.created.length).toBeGreaterThan(DEMO_UNITS.length)
    expect(second.created).toEqual([])

    const units = (await payload.find({ collection: 'units', limit: 200, depth: 0 })).docs
    const root = buildTree(units).find((node) => node.unit.shortName === DEMO_ROOT.shortName)!
    expect(root.children.map((node) => node.unit.shortName)).toEqual(DEMO_UNITS.map((u) => u.shortName))
    expect(root.children.find((node) => node.unit.id === cchcBefore.id)).toBeTruthy()
    const english = await payload.findByID({ collection: 'units', id: root.unit.id, locale: 'en', fallbackLocale: false })
    expect(english.fullName).toBe(DEMO_ROOT.fullNameEn)

    const placeholders = await payload.find({ collection: 'people', where: { name: { like: '[Họ và tên' } }, limit: 10 })
    expect(placeholders.docs.length).toBe(3)
    expect(placeholders.docs.every((person) => !person.published)).toBe(true)
  })
})
