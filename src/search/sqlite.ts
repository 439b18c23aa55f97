// Search on SQLite: an FTS5 table of published articles' folded text, ranked with bm25 (title first).
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
export type SearchResult = { total: number; page: number; totalPages: number; hits: SearchHit[]; terms: string[] }

/** Column weights for bm25: a word in the title counts ten times one in the body. */
const WEIGHTS = '10.0, 5.0, 1.0, 2.0, 2.0, 0, 0, 0, 0, 0, 0'
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
  await client.execute({ sql: 'DELETE FROM article_search WHERE rowid = ?', args: [article.id] })
  await client.execute({
    sql: `INSERT INTO article_search (rowid, title, summary, body, author, category,
      title_text, summary_text, body_text, slug, category_name, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      article.id,
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
}

export async function removeArticle(payload: Payload, id: number): Promise<void> {
  await clientOf(payload).execute({ sql: 'DELETE FROM article_search WHERE rowid = ?', args: [id] })
}

export async function clearIndex(payload: Payload): Promise<void> {
  await clientOf(payload).execute({ sql: 'DELETE FROM article_search', args: [] })
}

export async function searchArticles(
  payload: Payload,
  { query, page = 1, perPage = 10, sort = 'relevance' }: { query: string; page?: number; perPage?: number; sort?: SearchSort },
): Promise<SearchResult> {
  const { match, terms } = toMatch(query)
  if (!match) return { total: 0, page: 1, totalPages: 0, hits: [], terms }
  const client = clientOf(payload)
  const counted = await client.execute({
    sql: 'SELECT COUNT(*) AS n FROM article_search WHERE article_search MATCH ?',
    args: [match],
  })
  const total = Number(counted.rows[0]?.n ?? 0)
  const totalPages = Math.ceil(total / perPage)
  const current = Math.min(Math.max(1, page), Math.max(1, totalPages))
  const order = sort === 'newest' ? 'published_at DESC, rowid DESC' : `bm25(article_search, ${WEIGHTS}), published_at DESC`
  const { rows } = await client.execute({
    sql: `SELECT rowid AS id, slug, published_at, category_name, title_text, summary_text, body_text
      FROM article_search WHERE article_search MATCH ? ORDER BY ${order} LIMIT ? OFFSET ?`,
    args: [match, perPage, (current - 1) * perPage],
  })
  const hits = rows.map((row) => {
    const summary = String(row.summary_text ?? '')
    const body = String(row.body_text ?? '')
    const text = summary && words(fold(summary)).some((word) => terms.includes(word)) ? `${summary}\n${body}` : body
    return {
      id: Number(row.id),
      slug: String(row.slug),
      publishedAt: row.published_at ? String(row.published_at) : null,
      category: String(row.category_name ?? ''),
      title: highlight(String(row.title_text), terms),
      snippet: snippet(text.replace(/\n/g, ' '), terms),
    }
  })
  return { total, page: current, totalPages, hits, terms }
}
