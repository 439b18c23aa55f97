// Search on SQLite: an FTS5 table of published articles' folded text, and one of their folded titles alone
// (for "Liên quan nhất"'s title matches first); newest first. The one module that knows the tables;
// ./postgres.ts stands beside it.
//
// Payload 3.90 saves on SQLite without a transaction (src/database/sqlite.ts says why the portal keeps it
// so), so an article is saved before its entry is written, and the entry can fail alone. Each entry is
// written whole (one batch), and one that a save could not write is noted in Payload's key-value store.
// Searches mend noted entries before reading (looking for notes every ten seconds, at once after a note made
// by the same process), and the first search of each process also compares the index with the published
// articles, for a server that died between the two writes.
import { sql } from '@payloadcms/db-sqlite'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { sqliteAdapterOf, sqliteClientOf, type SqliteClient, sqliteSessionOf } from '@/database/clients'
import type { Article } from '@/payload-types'

import { searchableFields } from './articleText'
import { searchReaderOf, type SqliteReader } from './sqliteReader'
import { fold } from './normalize'
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

/** A query as FTS5 reads it: each phrase quoted, all of them required; only folded letters and digits. */
export function toMatch(query: string): { match: string | null; terms: string[] } {
  const { phrases, terms } = parseQuery(query)
  return { match: phrases.length ? phrases.map((phrase) => `"${phrase.join(' ')}"`).join(' ') : null, terms }
}

const removal = (id: number): SQL[] => [
  sql`DELETE FROM article_search WHERE rowid = (SELECT search_key FROM article_search_keys WHERE article_id = ${id})`,
  sql`DELETE FROM article_title_search WHERE rowid = (SELECT search_key FROM article_search_keys WHERE article_id = ${id})`,
  sql`DELETE FROM article_search_keys WHERE article_id = ${id}`,
]

function insertion(article: Article): SQL[] {
  const fields = searchableFields(article)
  const key = searchKey(article.id, article.publishedAt)
  return [
    ...removal(article.id),
    // An entry left under this key without its key row (written by hand, or by an older version) would refuse the insert.
    sql`DELETE FROM article_search WHERE rowid = ${key}`,
    sql`DELETE FROM article_title_search WHERE rowid = ${key}`,
    sql`INSERT INTO article_search_keys (article_id, search_key) VALUES (${article.id}, ${key})`,
    sql`INSERT INTO article_search (rowid, title, summary, body, author, category,
      title_text, summary_text, body_text, slug, category_name, published_at)
      VALUES (${key}, ${fold(fields.title)}, ${fold(fields.summary)}, ${fold(fields.body)}, ${fold(fields.author)},
        ${fold(fields.category)}, ${fields.title}, ${fields.summary}, ${fields.body}, ${article.slug ?? ''},
        ${fields.category}, ${article.publishedAt ?? null})`,
    sql`INSERT INTO article_title_search (rowid, title) VALUES (${key}, ${fold(fields.title)})`,
  ]
}

/** Runs one article's statements whole: in the transaction of `req` when it has one, else in one batch. */
async function write(payload: Payload, req: PayloadRequest | undefined, id: number, statements: SQL[]): Promise<void> {
  const session = await sqliteSessionOf(payload, req)
  if (session) {
    for (const statement of statements) await session.run(statement)
    return
  }
  const db = sqliteAdapterOf(payload).drizzle
  const [first, ...rest] = statements.map((statement) => db.run(statement))
  try {
    await db.batch([first, ...rest])
  } catch (error) {
    if (!req) throw error
    // The save is kept (it was written without a transaction): failing it now would only skip its other hooks.
    await noteForMending(payload, id, error)
  }
}

async function indexArticle(payload: Payload, article: Article, req?: PayloadRequest): Promise<void> {
  await write(payload, req, article.id, insertion(article))
}

async function removeArticle(payload: Payload, id: number, req?: PayloadRequest): Promise<void> {
  await write(payload, req, id, removal(id))
}

async function clearIndex(payload: Payload): Promise<void> {
  const db = sqliteAdapterOf(payload).drizzle
  await db.batch([
    db.run(sql`DELETE FROM article_search`),
    db.run(sql`DELETE FROM article_title_search`),
    db.run(sql`DELETE FROM article_search_keys`),
  ])
  // A rebuild follows and writes every entry: nothing noted is left to mend.
  for (const key of await notedKeys(payload)) await payload.kv.delete(key)
}

/** Payload's key-value store holds one key per article whose entry a save could not write. */
const NOTE = 'search-index-mend:'
/** How often a search looks for notes (Payload's store costs about a millisecond a look, a search ten or so). */
const LOOK_EVERY_MS = 10_000
/** Entries mended before one search: a whole index gone (a restore) is `npm run search:rebuild`'s work. */
const MEND_PER_SEARCH = 50

/**
 * What this module knows (per process, or per bundle in Next): whether it has compared the index with the
 * articles yet, when it last looked for notes, the articles whose entries are still to write again, and
 * when mending last failed (it waits as long as between looks before trying again).
 */
const state = { compared: false, lookedAt: 0, due: new Set<number>(), failedAt: 0, mending: undefined as Promise<void> | undefined }

async function noteForMending(payload: Payload, id: number, error: unknown): Promise<void> {
  payload.logger.error({ err: error, msg: `Không ghi được chỉ mục tìm kiếm của bài viết ${id}; sẽ ghi lại trước lần tìm kiếm sau.` })
  state.due.add(id)
  try {
    await payload.kv.set(`${NOTE}${id}`, { at: new Date().toISOString() })
  } catch (noteError) {
    payload.logger.error({ err: noteError, msg: `Không ghi nhớ được bài viết ${id} để sửa chỉ mục tìm kiếm.` })
  }
}

const notedKeys = async (payload: Payload) => (await payload.kv.keys()).filter((key) => key.startsWith(NOTE))

/**
 * Published articles missing from the index, and entries of articles that are not published: what a server
 * that died between a save and its entry leaves. Reads the status index and the keys table whole (about
 * 50 ms for 100,000 articles), so it runs once per process.
 */
async function strays(client: SqliteClient): Promise<number[]> {
  const { rows } = await client.execute(`
    SELECT id FROM articles WHERE _status = 'published' AND id NOT IN (SELECT article_id FROM article_search_keys)
    UNION
    SELECT article_id FROM article_search_keys WHERE article_id NOT IN (SELECT id FROM articles WHERE _status = 'published')`)
  return rows.map((row) => Number(row.id))
}

/** Writes again, from the live article, the entries due (noted by any process, or found stray the first time). */
async function mend(payload: Payload): Promise<void> {
  if (Date.now() - state.lookedAt >= LOOK_EVERY_MS) {
    state.lookedAt = Date.now()
    for (const key of await notedKeys(payload)) state.due.add(Number(key.slice(NOTE.length)))
    if (!state.compared) {
      for (const id of await strays(sqliteClientOf(payload))) state.due.add(id)
      state.compared = true
    }
  }
  for (const id of [...state.due].slice(0, MEND_PER_SEARCH)) {
    const live = await payload.findByID({ collection: 'articles', id, draft: false, depth: 1, overrideAccess: true, disableErrors: true })
    await write(payload, undefined, id, live?._status === 'published' ? insertion(live) : removal(id))
    state.due.delete(id)
    await payload.kv.delete(`${NOTE}${id}`)
  }
}

/** Mends what is due before a search reads the index; a search answers even if mending fails. */
async function mendBeforeSearch(payload: Payload): Promise<void> {
  const now = Date.now()
  if (now - state.failedAt < LOOK_EVERY_MS || (state.due.size === 0 && now - state.lookedAt < LOOK_EVERY_MS)) return
  state.mending ??= mend(payload).finally(() => {
    state.mending = undefined
  })
  try {
    await state.mending
  } catch (error) {
    state.failedAt = Date.now()
    payload.logger.error({ err: error, msg: 'Không sửa được chỉ mục tìm kiếm; sẽ thử lại sau ít giây.' })
  }
}

/**
 * Matches of one query in FTS5, newest first: it walks its index in rowid order and stops at the page.
 * Title matches are asked of article_title_search, which holds the titles' words alone: asked of
 * article_search with a column filter, FTS5 reads every match in any column to find the few in titles.
 */
function finderFor(client: SqliteReader, match: string): MatchFinder {
  const scoped = {
    all: { table: 'article_search', match },
    title: { table: 'article_title_search', match },
    rest: { table: 'article_search', match: `(${match}) NOT title : (${match})` },
  } satisfies Record<Scope, { table: string; match: string }>
  return {
    async count(scope, most) {
      const { table, match: asked } = scoped[scope]
      const { rows } = await client.execute({
        sql: `SELECT COUNT(*) AS n FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`,
        args: [asked, most],
      })
      return Number(rows[0]?.n ?? 0)
    },
    async newest(scope, limit, offset) {
      if (limit <= 0) return []
      const { table, match: asked } = scoped[scope]
      const { rows } = await client.execute({
        sql: `SELECT rowid AS key FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?`,
        args: [asked, limit, offset],
      })
      return rows.map((row) => Number(row.key))
    },
  }
}

async function searchArticles(
  payload: Payload,
  { query, page = 1, perPage = 10, sort = 'relevance' }: SearchOptions,
): Promise<SearchResult> {
  const { match, terms } = toMatch(query)
  if (!match) return { total: 0, more: false, page: 1, totalPages: 0, hits: [], terms }
  await mendBeforeSearch(payload)
  const client = searchReaderOf(payload)
  const finder = finderFor(client, match)
  const { offset, ...pages } = paging(await finder.count('all', MAX_COUNTED + 1), page, perPage)
  // First the rowids of the page (no text read), then the text of those few rows only.
  const keys = await pageOfMatches(finder, sort, perPage, offset)
  if (keys.length === 0) return { ...pages, hits: [], terms }
  const among = (some: number[]) => `rowid IN (${some.map(() => '?').join(', ')})`
  const { rows } = await client.execute({
    sql: `SELECT rowid AS key, slug, published_at, category_name, title_text, summary_text,
        substr(body_text, 1, ?) AS body_start, length(body_text) > ? AS body_cut
      FROM article_search WHERE ${among(keys)}`,
    args: [BODY_READ_CHARS, BODY_READ_CHARS, ...keys],
  })
  const hits = await hitsInOrder(
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
      body: String(row.body_start ?? ''),
      bodyCut: Boolean(row.body_cut),
    }),
    terms,
    async (some) => {
      const whole = await client.execute({ sql: `SELECT rowid AS key, body_text FROM article_search WHERE ${among(some)}`, args: some })
      return new Map(whole.rows.map((row) => [Number(row.key), String(row.body_text ?? '')]))
    },
  )
  return { ...pages, hits, terms }
}

export const sqliteSearch: SearchIndex = { indexArticle, removeArticle, clearIndex, searchArticles }
