// Every change to a document (or a document type) expires the pages that list or show documents:
// /van-ban and its filters, each document's page, the feed, the sitemap and the open-data register, and
// the articles that cite documents (their "Văn bản liên quan" shows each one's number and validity).
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'

export const DOCUMENT_TAGS = { documents: 'documents' } as const

export const expireDocumentPages: CollectionAfterChangeHook = ({ doc, context }) => {
  if (!context.disableRevalidate) expireTags([DOCUMENT_TAGS.documents, TAGS.articles])
  return doc
}

export const expireDocumentPagesAfterDelete: CollectionAfterDeleteHook = ({ doc, context }) => {
  if (!context.disableRevalidate) expireTags([DOCUMENT_TAGS.documents, TAGS.articles])
  return doc
}
