// Reads behind /chi-so/<index>/<year>, cached under the same tag that score and article changes expire.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { TAGS } from '@/news/tags'
import type { Index, ScoreRecord } from '@/payload-types'

/** An index by its URL name or one of its aliases ("sipar" finds SIPAS). */
export const findIndex = (name: string): Promise<Index | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({ collection: 'indices', limit: 0, pagination: false, depth: 0, overrideAccess: false })
      const wanted = name.toLowerCase()
      return (
        docs.find((index) => index.slug === wanted) ??
        docs.find((index) => (index.aliases ?? []).some((alias) => alias.toLowerCase() === wanted)) ??
        null
      )
    },
    ['index-by-name', name],
    { tags: [TAGS.articles] },
  )()

/** Every subject's record of an index in a year (usually one: Lào Cai). */
export const listScoreRecords = (indexId: number, year: number): Promise<ScoreRecord[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'score-records',
        where: { index: { equals: indexId }, year: { equals: year } },
        sort: 'subject',
        limit: 50,
        depth: 1,
        overrideAccess: false,
      })
      return docs
    },
    ['score-records', String(indexId), String(year)],
    { tags: [TAGS.articles] },
  )()
