// Search results are remembered for a short time, and forgotten the moment readers' content changes:
// a published article is found at once, an unpublished or deleted one is gone at once.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchPublished } from '@/news/search'
import type { SearchResult } from '@/search'
import { SearchResultCache } from '@/search/resultCache'
import { expireContentCaches } from '@/server/contentCaches'

import { seedArticle } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
const titlesFor = async (query: string) =>
  (await searchPublished(query, 1, 'relevance')).hits.map((hit) => hit.title.map((part) => part.text).join(''))

beforeAll(async () => {
  payload = await testPayload()
})

describe('the search page remembers results', () => {
  it('answers the same search again without reading the index (a change made behind the hooks is not seen)', async () => {
    expect(await titlesFor('vbnmqa')).toEqual([])
    // Written without the hooks' expiry (as a script in another process would): the remembered answer stands.
    await seedArticle(payload, { title: 'Hội nghị vbnmqa không báo' })
    expect(await titlesFor('vbnmqa')).toEqual([])
    expireContentCaches()
    expect(await titlesFor('vbnmqa')).toEqual(['Hội nghị vbnmqa không báo'])
  })

  it('finds an article as soon as it is published, and not once it is unpublished or deleted', async () => {
    const draft = await seedArticle(payload, { title: 'Tập huấn zxqwvu cho cán bộ' }, 'draft')
    expect(await titlesFor('zxqwvu')).toEqual([])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await titlesFor('zxqwvu')).toEqual(['Tập huấn zxqwvu cho cán bộ'])

    await payload.update({ collection: 'articles', id: draft.id, data: { title: 'Tập huấn zxqwvu năm 2025' }, overrideAccess: true })
    expect(await titlesFor('zxqwvu')).toEqual(['Tập huấn zxqwvu năm 2025'])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await titlesFor('zxqwvu')).toEqual([])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await titlesFor('zxqwvu')).toHaveLength(1)
    await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true })
    expect(await titlesFor('zxqwvu')).toEqual([])
  })
})

describe('SearchResultCache', () => {
  const result = (total: number): SearchResult => ({ total, more: false, page: 1, totalPages: 1, hits: [], terms: [] })
  const key = { query: 'cải cách', page: 1, sort: 'relevance' as const }

  it('runs one search for readers asking the same at once, whatever their spacing', async () => {
    const cache = new SearchResultCache()
    let searches = 0
    const search = async () => {
      searches++
      await new Promise((resolve) => setTimeout(resolve, 20))
      return result(7)
    }
    const answers = await Promise.all([
      cache.get(key, search),
      cache.get({ ...key, query: '  cải   cách ' }, search),
      cache.get(key, search),
    ])
    expect(answers.map((answer) => answer.total)).toEqual([7, 7, 7])
    expect(searches).toBe(1)
    // Another page or order is another search.
    await cache.get({ ...key, page: 2 }, search)
    await cache.get({ ...key, sort: 'newest' }, search)
    expect(searches).toBe(3)
  })

  it('does not keep a search that read the index before a change', async () => {
    const cache = new SearchResultCache()
    let release: () => void = () => undefined
    const slow = cache.get(key, () => new Promise<SearchResult>((resolve) => (release = () => resolve(result(1)))))
    cache.clear()
    release()
    expect((await slow).total).toBe(1)
    expect((await cache.get(key, async () => result(2))).total).toBe(2)
  })

  it('forgets a result after its lifetime', async () => {
    let now = 0
    const cache = new SearchResultCache(() => now)
    await cache.get(key, async () => result(1))
    now += 30_000
    expect((await cache.get(key, async () => result(2))).total).toBe(1)
    now += 31_000
    expect((await cache.get(key, async () => result(3))).total).toBe(3)
  })
})
