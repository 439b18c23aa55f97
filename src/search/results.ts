// What search returns, whatever the database: how a query is read, how matches are ordered and paged,
// and how a hit is shown (title and snippet with the matched words marked).
import { highlight, type Segment, snippet } from './highlight'
import { fold, words } from './normalize'

export type SearchSort = 'relevance' | 'newest'
export type SearchHit = {
  id: number
  slug: string
  publishedAt: string | null
  category: string
  title: Segment[]
  snippet: Segment[]
}
/** `total` is exact up to MAX_COUNTED; beyond it, `more` is set and `total` is MAX_COUNTED. */
export type SearchResult = { total: number; more: boolean; page: number; totalPages: number; hits: SearchHit[]; terms: string[] }

/** Matches counted exactly; a broad query ("cải cách") says "more than 1,000" instead of counting 76,000. */
export const MAX_COUNTED = 1000
const MAX_QUERY_CHARS = 200
const MAX_TERMS = 12

/** A query read as folded words: quoted phrases stay phrases, every other word must appear; no operators. */
export type ParsedQuery = { phrases: string[][]; terms: string[] }

export function parseQuery(query: string): ParsedQuery {
  const folded = fold(query.slice(0, MAX_QUERY_CHARS))
  const phrases: string[][] = []
  const phrasePattern = /"([^"]*)"/g
  for (const [, phrase] of folded.matchAll(phrasePattern)) {
    const phraseWords = words(phrase)
    if (phraseWords.length) phrases.push(phraseWords)
  }
  for (const word of words(folded.replace(phrasePattern, ' '))) phrases.push([word])
  const kept = phrases.slice(0, MAX_TERMS)
  return { phrases: kept, terms: kept.flat() }
}

/** Which matches: all of them, those with every word in the title, or the others. */
export type Scope = 'all' | 'title' | 'rest'

/** What a database answers about the matches of one query, newest first. */
export type MatchFinder = {
  count(scope: Scope, most: number): Promise<number>
  newest(scope: Scope, limit: number, offset: number): Promise<number[]>
}

/**
 * The keys of one page. "Liên quan nhất": articles with every word in the title first, then the others,
 * newest first within each. (A score such as bm25 weighs every match, but it reads each word's whole list
 * of articles: 10–20 ms per query once the archive holds a decade, against under a millisecond for this.)
 */
export async function pageOfMatches(finder: MatchFinder, sort: SearchSort, limit: number, offset: number): Promise<number[]> {
  if (sort === 'newest') return finder.newest('all', limit, offset)
  const first = await finder.newest('title', limit, offset)
  if (first.length === limit) return first
  // The title matches end on this page (or before it): how many there are says where the others start.
  const titled = first.length > 0 || offset === 0 ? offset + first.length : await finder.count('title', offset)
  const rest = await finder.newest('rest', limit - first.length, offset - titled + first.length)
  return [...first, ...rest]
}

/** Total, pages and the page asked for (kept in range). */
export function paging(counted: number, page: number, perPage: number) {
  const total = Math.min(MAX_COUNTED, counted)
  const totalPages = Math.ceil(total / perPage)
  const current = Math.min(Math.max(1, page), Math.max(1, totalPages))
  return { total, more: counted > MAX_COUNTED, totalPages, page: current, offset: (current - 1) * perPage }
}

/**
 * Characters of each hit's body read with the page (its start): the snippet is cut around the first match,
 * and most matches come early. A body whose first match lies further, or that has none, is read again whole.
 * Over the bench's 300 queries (5,639 hits on their first pages) that is 1.3 % of hits; reading every body
 * whole sent about 38,000 characters a search from the search reader to the server's thread, which copied,
 * joined and scanned them, for the 240 it shows.
 */
export const BODY_READ_CHARS = 2048

export type StoredHit = {
  id: number
  slug: string
  publishedAt: string | null
  category: string
  title: string
  summary: string
  body: string
  /** `body` is only the start of the body (its first BODY_READ_CHARS characters). */
  bodyCut: boolean
}

/**
 * A hit as the page shows it; the snippet comes from the summary when the words are there. Null when only
 * the start of the body was read and the snippet lies beyond it.
 */
export function toHit(stored: StoredHit, terms: string[]): SearchHit | null {
  const text =
    stored.summary && words(fold(stored.summary)).some((word) => terms.includes(word)) ? `${stored.summary}\n${stored.body}` : stored.body
  const cut = snippet(text.replace(/\n/g, ' '), terms, undefined, stored.bodyCut)
  if (!cut) return null
  return {
    id: stored.id,
    slug: stored.slug,
    publishedAt: stored.publishedAt,
    category: stored.category,
    title: highlight(stored.title, terms),
    snippet: cut,
  }
}

/**
 * Hits in the order of `keys` (the page's order), from rows read in any order with the start of each body;
 * `wholeBodies` reads the bodies whose start did not hold the snippet (keys absent from its answer, an
 * article removed meanwhile, keep the start that was read).
 */
export async function hitsInOrder<Row>(
  keys: number[],
  rows: Row[],
  keyOf: (row: Row) => number,
  stored: (row: Row, key: number) => StoredHit,
  terms: string[],
  wholeBodies: (keys: number[]) => Promise<Map<number, string>>,
): Promise<SearchHit[]> {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]))
  const found = keys.flatMap((key) => {
    const row = byKey.get(key)
    return row ? [{ key, stored: stored(row, key) }] : []
  })
  const hits = found.map((hit) => toHit(hit.stored, terms))
  const unplaced = found.filter((_, index) => !hits[index])
  if (unplaced.length > 0) {
    const bodies = await wholeBodies(unplaced.map((hit) => hit.key))
    found.forEach((hit, index) => {
      hits[index] ??= toHit({ ...hit.stored, body: bodies.get(hit.key) ?? hit.stored.body, bodyCut: false }, terms)
    })
  }
  return hits.filter((hit): hit is SearchHit => hit !== null)
}
