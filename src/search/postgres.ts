// Search on PostgreSQL: a table of published articles' text with tsvector columns that PostgreSQL folds
// itself (unaccent, đ to d, lowercase: portal_fold in the migration), and beside it a narrow table of their
// words, GIN-indexed, where matches are found; title matches first, newest first, as on SQLite (./sqlite.ts). Payload runs every save in a transaction, and an article's entry
// is written in it: a save that fails takes its entry back, an entry that cannot be written fails the save.
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'

import { postgresAdapterOf, postgresPoolOf, postgresSessionOf } from '@/database/clients'
import type { Article } from '@/payload-types'

import { searchableFields } from './articleText'
import {
  BODY_READ_CHARS,
  hitsInOrder,
  type MatchFinder,
  MAX_COUNTED,
  pageOfMatches,
  paging,
  parseQuery,
  type Scope,
  type SearchResult,
} from './results'
import type { SearchIndex, SearchOptions } from './searchIndex'

/**
 * A tsquery from folded words only (letters and digits): phrases as `a <-> b`, all of them required.
 * `positions`: whether matching may need word positions: a phrase in quotes, or a word PostgreSQL's parser
 * cuts in two and matches as a phrase ("1e10x" is '1e10' <-> 'x'); words of letters only, or of digits
 * only, never are.
 */
export function toTsquery(query: string): { tsquery: string | null; terms: string[]; positions: boolean } {
  const { phrases, terms } = parseQuery(query)
  return {
    tsquery: phrases.length ? phrases.map((phrase) => `(${phrase.join(' <-> ')})`).join(' & ') : null,
    terms,
    positions: phrases.some((phrase) => phrase.length > 1 || !/^(?:[a-z]+|[0-9]+)$/.test(phrase[0])),
  }
}

/** Runs a write in the transaction of `req`'s save when it has one, otherwise on its own. */
async function write(payload: Payload, req: PayloadRequest | undefined, statement: SQL): Promise<void> {
  const db: { execute(query: SQL): Promise<unknown> } = (await postgresSessionOf(payload, req)) ?? postgresAdapterOf(payload).drizzle
  await db.execute(statement)
}

async function indexArticle(payload: Payload, article: Article, req?: PayloadRequest): Promise<void> {
  const fields = searchableFields(article)
  await write(
    payload,
    req,
    sql`INSERT INTO article_search (article_id, published_at, slug, category_name, title_text, summary_text, body_text, author_text)
     VALUES (${article.id}, ${article.publishedAt ?? null}, ${article.slug ?? ''}, ${fields.category}, ${fields.title},
       ${fields.summary}, ${fields.body}, ${fields.author})
     ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at, slug = excluded.slug,
       category_name = excluded.category_name, title_text = excluded.title_text, summary_text = excluded.summary_text,
       body_text = excluded.body_text, author_text = excluded.author_text`,
  )
}

async function removeArticle(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  await write(payload, req, sql`DELETE FROM article_search WHERE article_id = ${id}`)
}

async function clearIndex(payload: Payload): Promise<void> {
  await write(payload, undefined, sql`DELETE FROM article_search`)
}

// Matches are found in article_search_words, a narrow table kept by a trigger on article_search (see its
// migration): the words of each article without their positions, the title's words with them, and the
// date. A query without phrases is answered there alone. With phrases, the same words are required (each
// phrase read as all of its words), and the positions are checked in article_search's `document` for
// those rows only.
const QUERY = `to_tsquery('simple', $1)`
const ALL_WORDS = `regexp_replace(${QUERY}::text, '<(-|[0-9]+)>', '&', 'g')::tsquery`
const PHRASES = `EXISTS (SELECT 1 FROM article_search s WHERE s.article_id = w.article_id AND s.document @@ ${QUERY})`
/** Each row's words hold '#' and its bucket, article_id >> BUCKET_BITS (see the migration). */
const BUCKET_BITS = 12

/** The condition on a row `w`; `bucket`, an SQL integer, keeps to the words of one bucket. */
function whereFor(scope: Scope, positions: boolean, bucket?: string): string {
  const title = `w.title @@ ${QUERY}`
  if (scope === 'title') return title
  const words = positions ? ALL_WORDS : QUERY
  const inBucket = bucket ? `(${words} && ('#' || ${bucket})::tsquery)` : words
  const all = positions ? `w.words @@ ${inBucket} AND ${PHRASES}` : `w.words @@ ${inBucket}`
  return scope === 'all' ? all : `${all} AND NOT ${title}`
}

function finderFor(pool: pg.Pool, tsquery: string, positions: boolean): MatchFinder {
  return {
    async count(scope, most) {
      // The words' count goes one bucket at a time, newest ids first, and stops at `most`: GIN reads a
      // query's every match into a bitmap before the first is counted, however few are wanted.
      const { rows } = await pool.query<{ n: string }>(
        scope === 'title'
          ? `SELECT COUNT(*) AS n FROM (SELECT FROM article_search_words w WHERE ${whereFor(scope, positions)} LIMIT $2) matches`
          : `SELECT COUNT(*) AS n FROM (
               SELECT FROM generate_series((SELECT max(article_id) FROM article_search_words) >> ${BUCKET_BITS}, 0, -1) bucket
               CROSS JOIN LATERAL (SELECT FROM article_search_words w WHERE ${whereFor(scope, positions, 'bucket')}) matches
               LIMIT $2
             ) matches`,
        [tsquery, most],
      )
      return Number(rows[0]?.n ?? 0)
    },
    async newest(scope, limit, offset) {
      if (limit <= 0) return []
      const { rows } = await pool.query<{ article_id: number }>(
        `SELECT w.article_id FROM article_search_words w WHERE ${whereFor(scope, positions)}
         ORDER BY w.published_at DESC NULLS LAST, w.article_id DESC LIMIT $2 OFFSET $3`,
        [tsquery, limit, offset],
      )
      return rows.map((row) => row.article_id)
    },
  }
}

async function searchArticles(
  payload: Payload,
  { query, page = 1, perPage = 10, sort = 'relevance' }: SearchOptions,
): Promise<SearchResult> {
  const { tsquery, terms, positions } = toTsquery(query)
  if (!tsquery) return { total: 0, more: false, page: 1, totalPages: 0, hits: [], terms }
  const pool = postgresPoolOf(payload)
  const finder = finderFor(pool, tsquery, positions)
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
    body_start: string
    body_cut: boolean
  }>(
    `SELECT article_id, slug, published_at, category_name, title_text, summary_text,
       substring(body_text from 1 for $2) AS body_start, length(body_text) > $2 AS body_cut
     FROM article_search WHERE article_id = ANY($1::int[])`,
    [ids, BODY_READ_CHARS],
  )
  const hits = await hitsInOrder(
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
      body: row.body_start,
      bodyCut: row.body_cut,
    }),
    terms,
    async (some) => {
      const whole = await pool.query<{ article_id: number; body_text: string }>(
        'SELECT article_id, body_text FROM article_search WHERE article_id = ANY($1::int[])',
        [some],
      )
      return new Map(whole.rows.map((row) => [row.article_id, row.body_text]))
    },
  )
  return { ...pages, hits, terms }
}

export const postgresSearch: SearchIndex = { indexArticle, removeArticle, clearIndex, searchArticles }
