// Search on SQLite: an FTS5 table of published articles' folded text; title matches first, newest first.
// The one module that knows the table; a PostgreSQL implementation can stand beside it later.
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { searchableFields } from './articleText'
import { snippet, highlight, type Segment } from './highlight'
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
/** Ids below 2^24 fit beside the minute of publication in the search table's rowid. */
const ID_BITS = 2 ** 24

/**
 * The search table's rowid: minute of publication, then article id. FTS5 walks its matches in rowid order,
 * so "newest first" (and the window of newest matches for relevance) reads only the rows it shows.
 */
export function searchKey(id: number, publishedAt: string | null | undefined): number {
  if (id >= ID_BITS) throw new Error(`Article id ${id} is too large for the search key.`)
  const minute = publishedAt ? Math.max(0, Math.floor(Date.parse(publishedAt) / 60_000)) : 0
  return minute * ID_BITS + id
}

const MAX_QUERY_CHARS = 200
const MAX_TERMS = 12

type Client = { execute: (statement: { sql: string; args: Array<string | number | null> }) => Promise<{ rows: Array<Record<string, unknown>> }> }

const clientOf = (payload: Payload): Client =>
  (payload.db as unknown as { drizzle: { $client: Client } }).drizzle.$client

/** A query as FTS5 reads it: quoted phrases stay phrases, every other word must appear; no operators. */
export function toMatch(query: string): { match: string | null; terms: string[] } {
  const folded = fold(query.slice(0, MAX_QUERY_CHARS))
  const parts: string[] = []
  const terms: string[] = []
  const phrasePattern = /"([^"]*)"/g
  for (const [, phrase] of folded.matchAll(phrasePattern)) {
    const phraseWords = words(phrase)
    if (phraseWords.length) parts.push(`"${phraseWords.join(' ')}"`)
    terms.push(...phraseWords)
  }
  for (const word of words(folded.replace(phrasePattern, ' '))) {
    parts.push(`"${word}"`)
    terms.push(word)
  }
  const limited = parts.slice(0, MAX_TERMS)
  return { match: limited.length ? limited.join(' ') : null, terms: terms.slice(0, MAX_TERMS * 4) }
}

export async function indexArticle(payload: Payload, article: Article): Promise<void> {
  const fields = searchableFields(article)
  const client = clientOf(payload)
  const key = searchKey(article.id, article.publishedAt)
  await removeArticle(payload, article.id)
  await client.execute({
    sql: `INSERT INTO article_search (rowid, title, summary, body, author, category,
      title_text, summary_text, body_text, slug, category_name, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      key,
      fold(fields.title),
      fold(fields.summary),
      fold(fields.body),
      fold(fields.author),
      fold(fields.category),
      fields.title,
      fields.summary,
      fields.body,
      article.slug ?? '',
      fields.category,
      article.publishedAt ?? null,
    ],
  })
  await client.execute({ sql: 'INSERT INTO article_search_keys (article_id, search_key) VALUES (?, ?)', args: [article.id, key] })
}

export async function removeArticle(payload: Payload, id: number): Promise<void> {
  const client = clientOf(payload)
  await client.execute({
    sql: 'DELETE FROM article_search WHERE rowid = (SELECT search_key FROM article_search_keys WHERE article_id = ?)',
    args: [id],
  })
  await client.execute({ sql: 'DELETE FROM article_search_keys WHERE article_id = ?', args: [id] })
}

export async function clearIndex(payload: Payload): Promise<void> {
  const client = clientOf(payload)
  await client.execute({ sql: 'DELETE FROM article_search', args: [] })
  await client.execute({ sql: 'DELETE FROM article_search_keys', args: [] })
}

/** Rowids of matches, newest first: FTS5 walks its index in rowid order and stops at the page. */
async function newestFirst(client: Client, match: string, limit: number, offset: number): Promise<number[]> {
  if (limit <= 0) return []
  const { rows } = await client.execute({
    sql: 'SELECT rowid AS key FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
    args: [match, limit, offset],
  })
  return rows.map((row) => Number(row.key))
}

async function countUpTo(client: Client, match: string, most: number): Promise<number> {
  const { rows } = await client.execute({
    sql: 'SELECT COUNT(*) AS n FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?)',
    args: [match, most],
  })
  return Number(rows[0]?.n ?? 0)
}

/**
 * "Liên quan nhất": articles with every word in the title first, then the others, newest first within each.
 * (bm25 would weigh every match, but it reads each word's whole list of articles: 10–20 ms per query once
 * the archive holds a decade, against well under a millisecond for this.)
 */
async function titlesFirst(client: Client, match: string, limit: number, offset: number): Promise<number[]> {
  const inTitle = `title : (${match})`
  const first = await newestFirst(client, inTitle, limit, offset)
  if (first.length === limit) return first
  // The title matches end on this page (or before it): how many there are says where the others start.
  const titled = first.length > 0 || offset === 0 ? offset + first.length : await countUpTo(client, inTitle, offset)
  return [...first, ...(await newestFirst(client, `(${match}) NOT ${inTitle}`, limit - first.length, offset - titled + first.length))]
}

export async function searchArticles(
  payload: Payload,
  { query, page = 1, perPage = 10, sort = 'relevance' }: { query: string; page?: number; perPage?: number; sort?: SearchSort },
): Promise<SearchResult> {
  const { match, terms } = toMatch(query)
  if (!match) return { total: 0, more: false, page: 1, totalPages: 0, hits: [], terms }
  const client = clientOf(payload)
  const counted = await countUpTo(client, match, MAX_COUNTED + 1)
  const more = counted > MAX_COUNTED
  const total = Math.min(MAX_COUNTED, counted)
  const totalPages = Math.ceil(total / perPage)
  const current = Math.min(Math.max(1, page), Math.max(1, totalPages))
  const offset = (current - 1) * perPage
  // First the rowids of the page (no text read), then the text of those few rows only.
  const keys = sort === 'newest' ? await newestFirst(client, match, perPage, offset) : await titlesFirst(client, match, perPage, offset)
  if (keys.length === 0) return { total, more, page: current, totalPages, hits: [], terms }
  const { rows: unordered } = await client.execute({
    sql: `SELECT rowid AS key, slug, published_at, category_name, title_text, summary_text, body_text
      FROM article_search WHERE rowid IN (${keys.map(() => '?').join(', ')})`,
    args: keys,
  })
  const rows = keys.flatMap((key) => unordered.filter((row) => Number(row.key) === key))
  const hits = rows.map((row) => {
    const summary = String(row.summary_text ?? '')
    const body = String(row.body_text ?? '')
    const text = summary && words(fold(summary)).some((word) => terms.includes(word)) ? `${summary}\n${body}` : body
    return {
      id: Number(row.key) % ID_BITS,
      slug: String(row.slug),
      publishedAt: row.published_at ? String(row.published_at) : null,
      category: String(row.category_name ?? ''),
      title: highlight(String(row.title_text), terms),
      snippet: snippet(text.replace(/\n/g, ' '), terms),
    }
  })
  return { total, more, page: current, totalPages, hits, terms }
}
