import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** An article published without a date is dated the moment it goes out. */
export const populatePublishedAt: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
