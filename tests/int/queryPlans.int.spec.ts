// Every query behind a public page uses an index: the SQL Payload really sends for each page's reads is
// captured and run through EXPLAIN QUERY PLAN. A full scan of a table, or a sort in a temporary b-tree,
// fails the test; the plans are printed for the record.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { findDocuments } from '@/documents/queries'
import {
  countSitemapParts,
  getArticleBySlug,
  getCategoryBySlug,
  listCategoryArticles,
  listCategorySlugs,
  listLatestArticles,
  listNewestSlugs,
  listOtherArticles,
  listRelatedArticles,
  listSitemapArticles,
} from '@/news/queries'
import { searchPublished } from '@/news/search'
import { seedDocumentTypes } from '@/seed/documentTypes'

import { seedArticle } from '../helpers/fixtures'
import { onPostgres } from '../helpers/sql'
import { sqliteClient } from '../helpers/sqlite'
import { testPayload } from '../helpers/payload'

// Next's data cache only exists inside a Next server; here each read goes straight to the database,
// which is the point: the SQL below is what a cache miss sends.
vi.mock('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))

type Statement = { sql: string; args: unknown[] }
type Client = { execute: (statement: string | Statement) => Promise<unknown> }

let payload: Payload
let client: Client
let categoryId: number

beforeAll(async () => {
  payload = await testPayload()
  client = sqliteClient(payload) as unknown as Client
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'Chuyên mục đo kế hoạch truy vấn', slug: 'ke-hoach-truy-van' },
    context: { disableRevalidate: true },
  })
  categoryId = category.id
  for (let n = 0; n < 30; n++) {
    await seedArticle(payload, {
      title: `Bài đo truy vấn số ${n}`,
      slug: `bai-do-truy-van-${n}`,
      category: n % 2 ? categoryId : undefined,
      publishedAt: new Date(Date.UTC(2020, 0, 1 + n)).toISOString(),
    })
  }
  await seedDocumentTypes(payload)
  const types = await payload.find({ collection: 'document-types', limit: 100 })
  for (let n = 0; n < 30; n++) {
    await payload.db.create({
      collection: 'documents',
      data: {
        title: `Quyết định ${n}/2024/QĐ-UBND`,
        number: `${n}/2024/QĐ-UBND`,
        docType: types.docs[n % types.docs.length].id,
        issuer: n % 2 ? 'UBND tỉnh Lào Cai' : 'Sở Nội vụ',
        issuedAt: new Date(Date.UTC(2024, 0, 1 + n)).toISOString(),
        summary: 'Văn bản đo kế hoạch truy vấn',
        validity: 'inForce',
        slug: `quyet-dinh-do-truy-van-${n}`,
        searchText: ` quyet dinh ${n} 2024 qd ubnd van ban do ke hoach truy van`,
        filename: `do-truy-van-${n}.pdf`,
        _status: 'published',
      },
    })
  }
  await client.execute('ANALYZE')
})

/** The SELECTs a read sends to SQLite. */
async function captured(read: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = []
  const original = client.execute.bind(client)
  client.execute = (statement) => {
    const normalized = typeof statement === 'string' ? { sql: statement, args: [] } : statement
    if (/^\s*(select|with)/i.test(normalized.sql)) seen.push(normalized)
    return original(statement)
  }
  // A search sends its statements from a worker thread's connection (src/search/sqliteReader.ts), out of
  // this wrapper's sight: while capturing, the same statements go through the server's own connection.
  const reader = process.env.SEARCH_READER
  process.env.SEARCH_READER = 'off'
  try {
    await read()
  } finally {
    client.execute = original
    if (reader === undefined) delete process.env.SEARCH_READER
    else process.env.SEARCH_READER = reader
  }
  return seen
}

async function plan(statement: Statement): Promise<string[]> {
  const result = (await client.execute({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args })) as {
    rows: Array<{ detail: string }>
  }
  return result.rows.map((row) => String(row.detail))
}

/**
 * Plan lines that mean reading a whole table that grows with the news, or sorting its rows. Search may
 * sort: it orders the articles that match (by relevance or date), which only an index of the words finds.
 */
function slowSteps(lines: string[], mayOrderMatches: boolean): string[] {
  return lines.filter(
    (line) =>
      /^SCAN (articles|_articles_v|articles_rels|categories|media|authors|units|score_records|documents|_documents_v)\b(?! USING (COVERING )?INDEX)/.test(
        line,
      ) ||
      (!mayOrderMatches && /USE TEMP B-TREE FOR ORDER BY/.test(line)),
  )
}

const noFilters = { q: '', type: '', issuer: '', field: '', year: null, validity: null, page: 1 }

const reads: Array<[string, () => Promise<unknown>]> = [
  ['article by slug', () => getArticleBySlug('bai-do-truy-van-7')],
  ['home / Tin tức page 1', () => listLatestArticles(1)],
  ['Tin tức page 3', () => listLatestArticles(3)],
  ['Tin khác', () => listOtherArticles(1)],
  ['category page 1', () => listCategoryArticles(categoryId, 1)],
  ['category page 500', () => listCategoryArticles(categoryId, 500)],
  ['category by slug', () => getCategoryBySlug('ke-hoach-truy-van')],
  ['related articles', () => listRelatedArticles({ id: 1, category: categoryId, relatedArticles: [] })],
  ['newest slugs (build)', () => listNewestSlugs()],
  ['sitemap index', () => countSitemapParts()],
  ['sitemap of articles', () => listSitemapArticles(1)],
  ['sitemap of categories', () => listCategorySlugs()],
  ['search', () => searchPublished('đo truy vấn', 1, 'relevance')],
  ['search, newest first', () => searchPublished('truy vấn', 1, 'newest')],
  // /van-ban: words and filters are terms of the documents' FTS5 index, read newest first in its rowid order.
  ['documents, searched and filtered', () => findDocuments({ ...noFilters, q: 'quyet dinh 1', issuer: 'UBND tỉnh Lào Cai', year: 2024 })],
  ['documents, filtered without words, page 2', () => findDocuments({ ...noFilters, validity: 'inForce', page: 2 })],
  ['documents, every one', () => findDocuments(noFilters)],
]

describe.skipIf(onPostgres())('query plans of the public pages (SQLite)', () => {
  it.each(reads)('%s: no full table scan, no sort of rows', async (name, read) => {
    const statements = await captured(read)
    expect(statements.length).toBeGreaterThan(0)
    const report: string[] = []
    const slow: string[] = []
    for (const statement of statements) {
      const lines = await plan(statement)
      report.push(`  ${statement.sql.slice(0, 160)}${statement.sql.length > 160 ? '…' : ''}`, ...lines.map((l) => `    → ${l}`))
      slow.push(...slowSteps(lines, name.startsWith('search')))
    }
    console.log(`${name}:\n${report.join('\n')}`)
    expect(slow).toEqual([])
  })
})
