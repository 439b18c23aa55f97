import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'

import { liveRowChange } from './liveRow'

/**
 * Refreshes the pages that show an article when what readers can see changes: a publish, an edit of
 * a live article, an unpublish. Judged on the live row before and after (see captureLiveRow): a draft
 * saved over a live article leaves that row as it was, so autosaves refresh nothing.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = async ({ doc, operation, req }) => {
  if (req.context.disableRevalidate) return doc
  const change = await liveRowChange(req, doc.id, operation)
  if (!change) return doc
  const { before, after } = change
  if (before?._status !== 'published' && after?._status !== 'published') return doc

  const tags = new Set<string>([TAGS.articles])
  for (const slug of [before?.slug, after?.slug]) if (slug) tags.add(TAGS.article(slug))
  req.payload.logger.info(`Revalidating article "${after?.slug}": ${[...tags].join(', ')}`)
  expireTags([...tags])
  return doc
}

export const revalidateDeletedArticle: CollectionAfterDeleteHook<Article> = ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  expireTags([TAGS.articles, TAGS.article(doc.slug ?? '')])
  return doc
}
