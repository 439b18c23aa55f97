// The reads behind /van-ban, a document's page, the feed, the sitemap and the articles that cite documents.
// Each is cached by Next under DOCUMENT_TAGS and expired by the collections' hooks, except /van-ban's list:
// its searches and filters are read from the documents' index (./searchIndex.ts) in a few milliseconds, and
// keeping each one in Next's data cache would write a file to disk for every distinct query a reader sends.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Payload, type Where } from 'payload'

import type { Document, DocumentType } from '@/payload-types'
import { fold, words } from '@/search/normalize'

import type { DocumentFilters } from './filters'
import { DOCUMENT_TAGS } from './revalidate'
import { type DocumentEntry, matchDocuments, readEntries } from './searchIndex'

export const DOCUMENTS_PER_PAGE = 20
/** At most this many words of a query are matched (the rest would only narrow an already empty list). */
const MAX_WORDS = 8

export type DocumentPage = { docs: DocumentEntry[]; page: number; totalPages: number; totalDocs: number }

const listSelect = {
  title: true,
  slug: true,
  number: true,
  docType: true,
  issuer: true,
  field: true,
  issuedAt: true,
  effectiveAt: true,
  summary: true,
  validity: true,
  mimeType: true,
  filesize: true,
  updatedAt: true,
  _status: true,
} as const

const PUBLISHED: Where = { _status: { equals: 'published' } }
const empty = (page: number): DocumentPage => ({ docs: [], page, totalPages: 0, totalDocs: 0 })

/** The words a reader's query is matched by: folded, letters and digits only, so nothing reaches SQL but them. */
export const queryWords = (q: string): string[] => [...new Set(words(fold(q)))].slice(0, MAX_WORDS)

/**
 * Published documents matching the filters, newest first, a page at a time: the page's ids and the number of
 * all matches from the index, then those documents' list entries (./searchIndex.ts `readEntries`).
 */
export async function listDocuments(
  payload: Payload,
  filters: Omit<DocumentFilters, 'type'> & { typeId: number | null },
  limit = DOCUMENTS_PER_PAGE,
): Promise<DocumentPage> {
  const found = queryWords(filters.q)
  // An impossible year, or a query with nothing to look for ("%_%", "!!!"), finds nothing rather than everything.
  if (filters.year === -1 || (filters.q && found.length === 0)) return empty(filters.page)
  const { ids, total } = await matchDocuments(
    payload,
    { words: found, typeId: filters.typeId, issuer: filters.issuer, field: filters.field, year: filters.year, validity: filters.validity },
    limit,
    (filters.page - 1) * limit,
  )
  const page = { page: filters.page, totalPages: Math.ceil(total / limit), totalDocs: total }
  if (ids.length === 0) return { docs: [], ...page }
  // A document withdrawn between the two reads is left out (the entries are read as published only).
  const byId = new Map((await readEntries(payload, ids)).map((doc) => [doc.id, doc]))
  return { docs: ids.flatMap((id) => byId.get(id) ?? []), ...page }
}

/** Published documents matching the filters (the type by its slug), newest first, a page at a time. */
export async function findDocuments(filters: DocumentFilters, limit = DOCUMENTS_PER_PAGE): Promise<DocumentPage> {
  const types = filters.type ? await listDocumentTypes() : []
  const typeId = filters.type ? (types.find((type) => type.slug === filters.type)?.id ?? null) : null
  if (filters.type && !typeId) return empty(filters.page)
  const payload = await getPayload({ config: configPromise })
  return listDocuments(payload, { ...filters, typeId }, limit)
}

export const listDocumentTypes = (): Promise<DocumentType[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({ collection: 'document-types', sort: 'name', limit: 200, depth: 0, overrideAccess: false })
      return docs
    },
    ['document-types'],
    { tags: [DOCUMENT_TAGS.documents] },
  )()

/** The issuers and fields that published documents name, for the filters' lists. */
export const listFacets = (): Promise<{ issuers: string[]; fields: string[] }> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const distinct = async (field: 'issuer' | 'field') => {
        const result = await payload.findDistinct({
          collection: 'documents',
          field,
          where: PUBLISHED,
          limit: 500,
          sort: field,
          overrideAccess: true,
        })
        return result.values.map((row) => row[field]).filter((value): value is string => typeof value === 'string' && value.length > 0)
      }
      const [issuers, fields] = await Promise.all([distinct('issuer'), distinct('field')])
      return { issuers, fields }
    },
    ['document-facets'],
    { tags: [DOCUMENT_TAGS.documents] },
  )()

/** A published document with its type, what replaced it and its related documents; null when there is none. */
export const getDocumentBySlug = (slug: string): Promise<Document | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'documents',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 1,
        overrideAccess: false,
      })
      return docs[0] ?? null
    },
    ['document-by-slug', slug],
    { tags: [DOCUMENT_TAGS.documents] },
  )()

/** The published documents this one replaced ("Thay thế cho"). */
export const listReplacedBy = (id: number): Promise<Document[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'documents',
        where: { replacedBy: { equals: id } },
        sort: '-issuedAt',
        limit: 20,
        depth: 0,
        select: listSelect,
        overrideAccess: false,
      })
      return docs as Document[]
    },
    ['documents-replaced-by', String(id)],
    { tags: [DOCUMENT_TAGS.documents] },
  )()

/** The newest published documents, for the feed. */
export const listLatestDocuments = (limit = 50): Promise<Document[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'documents',
        where: PUBLISHED,
        sort: ['-issuedAt', '-id'],
        limit,
        depth: 1,
        select: listSelect,
        overrideAccess: false,
      })
      return docs as Document[]
    },
    ['latest-documents', String(limit)],
    { tags: [DOCUMENT_TAGS.documents] },
  )()

/** Every published document's address and last change, for the sitemap (at most 50,000: one sitemap file). */
export async function listSitemapDocuments(): Promise<Array<{ slug: string; updatedAt: string }>> {
  const payload = await getPayload({ config: configPromise })
  const { docs } = await payload.find({
    collection: 'documents',
    where: PUBLISHED,
    sort: '-issuedAt',
    limit: 50_000,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
  })
  return docs.filter((doc) => doc.slug).map((doc) => ({ slug: doc.slug!, updatedAt: doc.updatedAt }))
}
