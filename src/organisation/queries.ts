// The reads behind the organisation pages, cached under ORGANISATION_TAGS and expired by the collections'
// hooks. Public reads pass `overrideAccess: false`: a person or entry not ticked "published" never shows.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload } from 'payload'

import type { Person, ScheduleEntry, Unit } from '@/payload-types'

import { byLeadership, LEADER_ROLES } from './people'
import { ORGANISATION_TAGS } from './tags'
import { type IsoWeek, weekRange } from './week'

export type Locale = 'vi' | 'en'

/** Far more than a Sở has; the lists are bounded all the same. */
const MAX_UNITS = 500
const MAX_PEOPLE = 500
const MAX_ENTRIES_PER_WEEK = 300

const tags = [ORGANISATION_TAGS.organisation]

async function payload() {
  return getPayload({ config: configPromise })
}

/** Every unit, flat (the tree is built by ./tree.ts). */
export const listUnits = (locale: Locale = 'vi'): Promise<Unit[]> =>
  unstable_cache(
    async () => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'units',
        limit: MAX_UNITS,
        depth: 0,
        sort: ['order', 'id'],
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      return docs
    },
    ['organisation-units', locale],
    { tags },
  )()

/** Published people, director first, then deputies, heads of units, other staff. */
export const listPeople = (locale: Locale = 'vi'): Promise<Person[]> =>
  unstable_cache(
    async () => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'people',
        limit: MAX_PEOPLE,
        depth: 1,
        sort: ['order', 'id'],
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      return docs.sort(byLeadership)
    },
    ['organisation-people', locale],
    { tags },
  )()

export async function listLeaders(locale: Locale = 'vi'): Promise<Person[]> {
  return (await listPeople(locale)).filter((person) => LEADER_ROLES.includes(person.role))
}

export async function listPeopleOfUnit(unitId: number, locale: Locale = 'vi'): Promise<Person[]> {
  const unitOf = (person: Person) => (typeof person.unit === 'object' ? person.unit?.id : person.unit)
  return (await listPeople(locale)).filter((person) => unitOf(person) === unitId)
}

/** A unit by its slug, or by its number for a unit saved before slugs existed. */
export async function findUnit(key: string, locale: Locale = 'vi'): Promise<Unit | null> {
  const units = await listUnits(locale)
  return (
    units.find((unit) => unit.slug === key) ?? (/^\d{1,9}$/.test(key) ? units.find((unit) => unit.id === Number(key)) : undefined) ?? null
  )
}

/** The published entries of one ISO week (Vietnam time), earliest first; readers' access applies. */
export async function findScheduleOfWeek(payload: Payload, week: IsoWeek): Promise<ScheduleEntry[]> {
  const { start, end } = weekRange(week)
  const { docs } = await payload.find({
    collection: 'schedule-entries',
    where: { and: [{ startsAt: { greater_than_equal: start.toISOString() } }, { startsAt: { less_than: end.toISOString() } }] },
    sort: ['startsAt', 'id'],
    limit: MAX_ENTRIES_PER_WEEK,
    depth: 1,
    overrideAccess: false,
  })
  return docs
}

export const listScheduleOfWeek = (week: IsoWeek): Promise<ScheduleEntry[]> =>
  unstable_cache(async () => findScheduleOfWeek(await payload(), week), ['organisation-schedule', String(week.year), String(week.week)], {
    tags,
  })()
