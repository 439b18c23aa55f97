import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** Publishing settles a review: what was waiting ("Chờ duyệt") is now approved. */
export const trackReview: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (data._status === 'published') return { ...data, review: 'approved' }
  return data
}
