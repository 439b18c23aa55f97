// Search on PostgreSQL: a table of published articles' text with tsvector columns that PostgreSQL folds
// itself (unaccent, đ to d, lowercase: portal_fold in the migration), GIN-indexed; title matches first,
// newest first, as on SQLite (./sqlite.ts).
import type pg from 'pg'
import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { searchableFields } from './articleText'
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

const poolOf = (payload: Payload): pg.Pool => (payload.db as unknown as { pool: pg.Pool }).pool

/** A tsquery from folded words only (letters and digits): phrases as `a <-> b`, all of them required. */
export function toTsquery(query: string): { tsquery: string | null; terms: string[] } {
  const { phrases, terms } = parseQuery(query)
  return { tsquery: phrases.length ? phrases.map((phrase) => `(${phrase.join(' <-> ')})`).join(' & ') : null, terms }
}

export async function indexArticle(payload: Payload, article: Article): Promise<void> {
  const fields = searchableFields(article)
  await poolOf(payload).query(
    `INSERT INTO article_search (article_id, published_at, slug, category_name, title_text, summary_text, body_text, author_text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at, slug = excluded.slug,
       category_name = excluded.category_name, title_text = excluded.title_text, summary_text = excluded.summary_text,
       body_text = excluded.body_text, author_text = excluded.author_text`,
    [article.id, article.publishedAt ?? null, article.slug ?? '', fields.category, fields.title, fields.summary, fields.body, fields.author],
  )
}

export async function removeArticle(payload: Payload, id: number): Promise<void> {
  await poolOf(payload).query('DELETE FROM article_search WHERE article_id = $1', [id])
}

export async function clearIndex(payload: Payload): Promise<void> {
  await poolOf(payload).query('DELETE FROM article_search')
}

const WHERE: Record<Scope, string> = {
  all: `document @@ to_tsquery('simple', $1)`,
  title: `title_document @@ to_tsquery('simple', $1)`,
  rest: `document @@ to_tsquery('simple', $1) AND NOT title_document @@ to_tsquery('simple', $1)`,
}

function finderFor(pool: pg.Pool, tsquery: string): MatchFinder {
  return {
    async count(scope, most) {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM (SELECT 1 FROM article_search WHERE ${WHERE[scope]} LIMIT $2) matches`,
        [tsquery, most],
      )
      return Number(rows[0]?.n ?? 0)
    },
    async newest(scope, limit, offset) {
      if (limit <= 0) return []
      const { rows } = await pool.query<{ article_id: number }>(
        `SELECT article_id FROM article_search WHERE ${WHERE[scope]}
         ORDER BY published_at DESC NULLS LAST, article_id DESC LIMIT $2 OFFSET $3`,
        [tsquery, limit, offset],
      )
      return rows.map((row) => row.article_id)
    },
  }
}

export async function searchArticles(
  payload: Payload,
  { query, page = 1, perPage = 10, sort = 'relevance' }: { query: string; page?: number; perPage?: number; sort?: SearchSort },
): Promise<SearchResult> {
  const { tsquery, terms } = toTsquery(query)
  if (!tsquery) return { total: 0, more: false, page: 1, totalPages: 0, hits: [], terms }
  const pool = poolOf(payload)
  const finder = finderFor(pool, tsquery)
  const { offset, ...pages } = paging(await finder.count('all', MAX_COUNTED + 1), page, perPage)
  const ids = await pageOfMatches(finder, sort, perPage, offset)
  if (ids.length === 0) return { ...pages, hits: [], terms }
  const { rows } = await pool.query<{
    article_id: number
    slug: string
    published_at: Date | null
    category_name: string
    title_text: string
    summary_text: string
    body_text: string
  }>(
    `SELECT article_id, slug, published_at, category_name, title_text, summary_text, body_text
     FROM article_search WHERE article_id = ANY($1::int[])`,
    [ids],
  )
  const hits = hitsInOrder(
    ids,
    rows,
    (row) => row.article_id,
    (row, id) => ({
      id,
      slug: row.slug,
      publishedAt: row.published_at ? row.published_at.toISOString() : null,
      category: row.category_name,
      title: row.title_text,
      summary: row.summary_text,
      body: row.body_text,
    }),
    terms,
  )
  return { ...pages, hits, terms }
}
