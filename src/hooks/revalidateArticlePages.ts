import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'

/** For collections shown on article pages (categories, authors, units, images): refresh those pages. */
export const revalidateArticlePages: CollectionAfterChangeHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([TAGS.articles])
  return doc
}

export const revalidateArticlePagesAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([TAGS.articles])
  return doc
}
