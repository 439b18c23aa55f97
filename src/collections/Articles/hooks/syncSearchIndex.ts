import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { indexArticle, removeArticle } from '@/search'

import { liveRowChange } from './liveRow'

/**
 * Keeps the search index to what readers may find: the published version of each article. A draft
 * saved over a published article leaves the published text indexed; unpublishing takes it out. Each
 * write is given `req`, so it joins the save's transaction (see src/search/searchIndex.ts).
 */
export const syncSearchIndex: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  const change = await liveRowChange(req, doc.id, operation)
  if (!change) return doc
  if (change.after?._status !== 'published') {
    await removeArticle(req.payload, doc.id, req)
    return doc
  }
  const published = await req.payload
    .findByID({ collection: 'articles', id: doc.id, draft: false, depth: 1, overrideAccess: true, req })
    .catch(() => null)
  if (published?._status === 'published') await indexArticle(req.payload, published, req)
  else await removeArticle(req.payload, doc.id, req)
  return doc
}

export const removeFromSearchIndex: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  await removeArticle(req.payload, doc.id, req)
  return doc
}
