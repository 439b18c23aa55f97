import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** Records who created the article, which is what lets an author edit it later. */
export const setCreatedBy: CollectionBeforeChangeHook<Article> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) {
    return { ...data, createdBy: req.user.id }
  }
  return data
}
