import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'

/**
 * Refreshes the pages that show an article when it is published, edited while published, or unpublished.
 * Draft saves of an unpublished article touch no public page, so they revalidate nothing.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  const wasPublished = previousDoc?._status === 'published'
  const isPublished = doc._status === 'published'
  if (!wasPublished && !isPublished) return doc

  const tags = new Set<string>([TAGS.articles, TAGS.article(doc.slug ?? '')])
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) tags.add(TAGS.article(previousDoc.slug))
  req.payload.logger.info(`Revalidating article "${doc.slug}": ${[...tags].join(', ')}`)
  expireTags([...tags])
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  expireTags([TAGS.articles, TAGS.article(doc.slug ?? '')])
  return doc
}
