import type { CollectionAfterChangeHook } from 'payload'

import { indexArticle } from '@/search'

/**
 * Search holds each article's category and author names as they were when it was indexed: when a
 * category or author is renamed, its published articles are indexed again.
 */
export const reindexArticlesOf =
  (field: 'category' | 'author'): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || doc.name === previousDoc?.name) return doc
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: 'articles',
        where: { [field]: { equals: doc.id }, _status: { equals: 'published' } },
        depth: 1,
        page,
        limit: 100,
        overrideAccess: true,
        req,
      })
      for (const article of result.docs) await indexArticle(req.payload, article, req)
      if (!result.hasNextPage) break
    }
    return doc
  }
