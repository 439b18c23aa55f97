import type { CollectionBeforeChangeHook } from 'payload'

import type { ScheduleEntry } from '@/payload-types'

/**
 * A typo fixed right after publishing is not an adjustment: changes within this time of the first
 * publication leave the entry unmarked.
 */
export const ADJUSTMENT_GRACE_MS = 30 * 60 * 1000

/** What citizens rely on: a change to any of these after publication marks the entry "điều chỉnh". */
const WATCHED = ['startsAt', 'timeNote', 'leaders', 'content', 'place', 'preparingUnit', 'participants'] as const

const normalise = (value: unknown): string =>
  JSON.stringify(
    Array.isArray(value)
      ? value.map((item) => (item && typeof item === 'object' && 'id' in item ? item.id : item))
      : value && typeof value === 'object' && 'id' in value
        ? value.id
        : (value ?? null),
  )

/**
 * Stamps `firstPublishedAt` the first time an entry is published, and `adjustedAt` when what it says
 * (day, time note, leaders, content, place, preparing unit, participants) changes while published, later than
 * ADJUSTMENT_GRACE_MS after that first publication. `updatedAt` alone would not do: it moves on any save,
 * even one that changes nothing a citizen sees.
 */
export const markAdjusted: CollectionBeforeChangeHook<ScheduleEntry> = ({ data, originalDoc, operation }) => {
  const now = new Date()
  const published = data.published ?? originalDoc?.published ?? false
  if (!published) return data
  const firstPublishedAt = originalDoc?.firstPublishedAt ?? data.firstPublishedAt
  if (operation === 'create' || !firstPublishedAt || !originalDoc?.published) {
    return { ...data, firstPublishedAt: firstPublishedAt ?? now.toISOString(), adjustedAt: originalDoc?.adjustedAt ?? null }
  }
  const changed = WATCHED.some((field) => field in data && normalise(data[field]) !== normalise(originalDoc[field]))
  const afterGrace = now.getTime() - new Date(firstPublishedAt).getTime() > ADJUSTMENT_GRACE_MS
  return { ...data, firstPublishedAt, adjustedAt: changed && afterGrace ? now.toISOString() : (originalDoc.adjustedAt ?? null) }
}
