// On SQLite, a search's queries run on a thread of their own (src/search/sqliteReader.ts): the server goes on
// answering while they run, a search still finds what was just published, and a reader that cannot start
// leaves searches answered on the server's own connection.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sqliteAdapterOf, sqliteClientOf } from '@/database/clients'
import { searchArticles } from '@/search'
import { searchReaderFor } from '@/search/sqliteReader'

import { seedArticle } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { onPostgres } from '../helpers/sql'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

/** A statement that keeps SQLite busy for a while (a few hundred ms here): counting to three million. */
const BUSY = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) SELECT COUNT(*) AS n FROM n'

describe.skipIf(onPostgres())('the search reader on SQLite', () => {
  const reader = () => {
    const failures: Error[] = []
    const read = searchReaderFor(sqliteAdapterOf(payload).clientConfig.url, sqliteClientOf(payload), (error) => failures.push(error))
    return { read, failures }
  }

  it('lets the server answer other requests while a search’s statement runs', async () => {
    const { read } = reader()
    await read.execute({ sql: 'SELECT 1 AS one', args: [] })
    const events: string[] = []
    const statement = read.execute({ sql: BUSY, args: [] }).then(({ rows }) => {
      events.push('statement done')
      expect(Number(rows[0].n)).toBe(3_000_000)
    })
    // What another request would need: the server's thread, a few milliseconds later.
    const other = new Promise<void>((resolve) => setTimeout(resolve, 5)).then(() => events.push('other request answered'))
    await Promise.all([statement, other])
    expect(events).toEqual(['other request answered', 'statement done'])
  })

  it('finds an article the moment it is published, and refuses to write', async () => {
    const article = await seedArticle(payload, { title: 'Thông báo tuyển dụng viên chức okmijn' })
    const result = await searchArticles(payload, { query: 'okmijn' })
    expect(result.hits.map((hit) => hit.id)).toEqual([article.id])
    const { read } = reader()
    await expect(read.execute({ sql: 'DELETE FROM article_search', args: [] })).rejects.toThrow(/readonly|read-only|query_only/i)
    expect((await searchArticles(payload, { query: 'okmijn' })).total).toBe(1)
  })

  it('passes a statement’s own error on, with its message', async () => {
    const { read } = reader()
    await expect(read.execute({ sql: 'SELECT * FROM no_such_table', args: [] })).rejects.toThrow(/no such table: no_such_table/)
  })

  it('answers on the server’s own connection when its thread cannot start, and says so', async () => {
    const failures: Error[] = []
    // A database file the thread cannot open (its folder does not exist); the given connection is the test's.
    const read = searchReaderFor('file:/nonexistent-folder/portal.db', sqliteClientOf(payload), (error) => failures.push(error))
    const { rows } = await read.execute({ sql: 'SELECT COUNT(*) AS n FROM article_search', args: [] })
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(1)
    expect(failures.length).toBe(1)
    expect(failures[0].message).toMatch(/search reader stopped/)
  })
})
