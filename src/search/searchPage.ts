// The search page's address and data, read and written the same way by the page (src/app/(frontend)/tim-kiem)
// and by the server's fast path for it (src/server/searchPages.ts). Imports nothing heavy: the server loads it.
import type { DocumentPage } from '@/documents/queries'

import type { SearchResult, SearchSort } from './results'

export const SEARCH_PER_PAGE = 10

/**
 * The attributes of the two empty `<template>` elements around the part of the page that depends on the
 * search (the form, the documents and articles found): the server's fast path keeps the rest of the page
 * as last rendered and renders what lies between for each search.
 */
export const SEARCH_REGION_START = 'data-search-start'
export const SEARCH_REGION_END = 'data-search-end'

/** What a search page shows: the words, the page of results and their order. */
export type SearchRequest = { query: string; page: number; sort: SearchSort }

/** Reads `?q=…&trang=…&sap-xep=moi-nhat` (the first of a repeated name), bounding the page number. */
export function readSearchAddress(get: (name: string) => string | undefined): SearchRequest {
  const query = (get('q') ?? '').trim()
  const sort: SearchSort = get('sap-xep') === 'moi-nhat' ? 'newest' : 'relevance'
  const page = Math.max(1, Math.min(10_000, Number.parseInt(get('trang') ?? '1', 10) || 1))
  return { query, page, sort }
}

export function searchPath(query: string, page: number, sort: SearchSort): string {
  const params = new URLSearchParams({ q: query })
  if (sort === 'newest') params.set('sap-xep', 'moi-nhat')
  if (page > 1) params.set('trang', String(page))
  return `/tim-kiem?${params}`
}

/** A search page's data: what was asked, and what was found (nothing when nothing was asked). */
export type SearchPageData = {
  query: string
  sort: SearchSort
  result: SearchResult | null
  documents: (DocumentPage & { moreHref: string }) | null
}
