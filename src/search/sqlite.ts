// Search on SQLite: an FTS5 table of published articles' folded text; title matches first, newest first.
// The one module that knows the table; ./postgres.ts stands beside it.
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { searchableFields } from './articleText'
import { fold } from './normalize'
import {
  hitsInOrder,
  type MatchFinder,
  MAX_COUNTED,
  pageOfMatches,
  paging,
  parseQuery,
  type Scope,
  type SearchResult,
  type SearchSort,
} from './results'

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

type Client = { execute: (statement: { sql: string; args: Array<string | number | null> }) => Promise<{ rows: Array<Record<string, unknown>> }> }

const clientOf = (payload: Payload): Client =>
  (payload.db as unknown as { drizzle: { $client: Client } }).drizzle.$client

/** A query as FTS5 reads it: each phrase quoted, all of them required; only folded letters and digits. */
export function toMatch(query: string): { match: string | null; terms: string[] } {
  const { phrases, terms } = parseQuery(query)
  return { match: phrases.length ? phrases.map((phrase) => `"${phrase.join(' ')}"`).join(' ') : null, terms }
}

export async function indexArticle(payload: Payload, article: Article): Promise<void> {
  const fields = searchableFields(article)
  const client = clientOf(payload)
  const key = searchKey(article.id, article.publishedAt)
  await removeArticle(payload, article.id)
  // The key first: should the process die between the two, removing the article still finds its row.
  await client.execute({ sql: 'INSERT INTO article_search_keys (article_id, search_key) VALUES (?, ?)', args: [article.id, key] })
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

/** Matches of one query in FTS5, newest first: it walks its index in rowid order and stops at the page. */
function finderFor(client: Client, match: string): MatchFinder {
  const inTitle = `title : (${match})`
  const scoped = { all: match, title: inTitle, rest: `(${match}) NOT ${inTitle}` } satisfies Record<Scope, string>
  return {
    async count(scope, most) {
      const { rows } = await client.execute({
        sql: 'SELECT COUNT(*) AS n FROM (SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?)',
        args: [scoped[scope], most],
      })
      return Number(rows[0]?.n ?? 0)
    },
    async newest(scope, limit, offset) {
      if (limit <= 0) return []
      const { rows } = await client.execute({
        sql: 'SELECT rowid AS key FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
        args: [scoped[scope], limit, offset],
      })
      return rows.map((row) => Number(row.key))
    },
  }
}

export async function searchArticles(
  payload: Payload,
  { query, page = 1, perPage = 10, sort = 'relevance' }: { query: string; page?: number; perPage?: number; sort?: SearchSort },
): Promise<SearchResult> {
  const { match, terms } = toMatch(query)
  if (!match) return { total: 0, more: false, page: 1, totalPages: 0, hits: [], terms }
  const client = clientOf(payload)
  const finder = finderFor(client, match)
  const { offset, ...pages } = paging(await finder.count('all', MAX_COUNTED + 1), page, perPage)
  // First the rowids of the page (no text read), then the text of those few rows only.
  const keys = await pageOfMatches(finder, sort, perPage, offset)
  if (keys.length === 0) return { ...pages, hits: [], terms }
  const { rows } = await client.execute({
    sql: `SELECT rowid AS key, slug, published_at, category_name, title_text, summary_text, body_text
      FROM article_search WHERE rowid IN (${keys.map(() => '?').join(', ')})`,
    args: keys,
  })
  const hits = hitsInOrder(
    keys,
    rows,
    (row) => Number(row.key),
    (row, key) => ({
      id: key % ID_BITS,
      slug: String(row.slug),
      publishedAt: row.published_at ? String(row.published_at) : null,
      category: String(row.category_name ?? ''),
      title: String(row.title_text),
      summary: String(row.summary_text ?? ''),
      body: String(row.body_text ?? ''),
    }),
    terms,
  )
  return { ...pages, hits, terms }
}
