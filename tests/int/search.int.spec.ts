// Search that understands Vietnamese: accents, đ, case; only published articles; calm on bad input.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedFoundingContent } from '@/seed'
import { SOURCE_ARTICLE } from '@/seed/sourceArticle'
import type { Article } from '@/payload-types'
import { indexArticle, searchArticles } from '@/search'
import { MAX_COUNTED } from '@/search/results'
import { fold } from '@/search/normalize'
import { richTextFrom } from '@/utilities/lexical'

import { seedArticle } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
const titles = async (query: string, sort: 'relevance' | 'newest' = 'relevance') =>
  (await searchArticles(payload, { query, sort })).hits.map((hit) => hit.title.map((part) => part.text).join(''))

beforeAll(async () => {
  payload = await testPayload()
  await seedFoundingContent(payload)
})

describe('folding', () => {
  it('takes off marks, turns đ into d and lowercases', () => {
    expect(fold('ĐÁNH GIÁ')).toBe('danh gia')
    expect(fold('Đanh gia')).toBe('danh gia')
    expect(fold('  Cải   cách hành chính ')).toBe('cai cach hanh chinh')
  })
})

describe('finding the source article', () => {
  for (const query of ['danh gia', 'đánh giá', 'ĐÁNH GIÁ', 'Đanh gia', 'par index', 'lao cai', 'sipas', 'LÀO CAI', 'cai cach hanh chinh']) {
    it(`by "${query}"`, async () => {
      expect(await titles(query)).toContain(SOURCE_ARTICLE.title)
    })
  }

  it('marks the matched words in the snippet as the author wrote them', async () => {
    const { hits } = await searchArticles(payload, { query: 'danh gia' })
    const marked = hits[0].snippet.filter((part) => part.match).map((part) => part.text)
    expect(marked.map((text) => text.toLowerCase())).toEqual(expect.arrayContaining(['đánh', 'giá']))
  })

  it('matches phrases in quotes as phrases', async () => {
    expect(await titles('"tăng 04 bậc"')).toContain(SOURCE_ARTICLE.title)
    expect(await titles('"bac 04 tang"')).not.toContain(SOURCE_ARTICLE.title)
    // Without quotes the same words match in any order.
    expect(await titles('bac 04 tang')).toContain(SOURCE_ARTICLE.title)
  })
})

describe('what is found', () => {
  it('never a draft', async () => {
    await seedArticle(payload, { title: 'Dự thảo quy chế bí mật về xyzabc' }, 'draft')
    expect(await titles('xyzabc')).toEqual([])
    expect(await titles('quy che bi mat')).toEqual([])
  })

  it('an edit at once, and not the old wording', async () => {
    const article = await seedArticle(payload, { title: 'Thông báo lịch họp giao ban' })
    expect(await titles('giao ban')).toContain('Thông báo lịch họp giao ban')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Thông báo lịch tiếp dân', body: richTextFrom(['Lịch tiếp công dân tháng 12.']), _status: 'published' },
      context: { disableRevalidate: true },
    })
    expect(await titles('tiep dan')).toContain('Thông báo lịch tiếp dân')
    expect(await titles('giao ban')).toEqual([])
  })

  it('nothing once unpublished or deleted', async () => {
    const article = await seedArticle(payload, { title: 'Tin sẽ bị gỡ qwertyx' })
    expect(await titles('qwertyx')).toHaveLength(1)
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, context: { disableRevalidate: true } })
    expect(await titles('qwertyx')).toEqual([])
    const other = await seedArticle(payload, { title: 'Tin sẽ bị xoá asdfghj' })
    await payload.delete({ collection: 'articles', id: other.id, context: { disableRevalidate: true } })
    expect(await titles('asdfghj')).toEqual([])
  })

  it('follows a renamed category', async () => {
    const category = await payload.create({ collection: 'categories', data: { name: 'Thi đua khen thưởng' } })
    await seedArticle(payload, { title: 'Tuyên dương tập thể tiêu biểu', category: category.id })
    expect(await titles('thi dua')).toContain('Tuyên dương tập thể tiêu biểu')
    await payload.update({ collection: 'categories', id: category.id, data: { name: 'Khen thưởng' }, context: { disableRevalidate: true } })
    expect(await titles('thi dua')).not.toContain('Tuyên dương tập thể tiêu biểu')
    expect(await titles('khen thuong')).toContain('Tuyên dương tập thể tiêu biểu')
  })

  it('ranks a title match above a body match', async () => {
    await seedArticle(payload, {
      title: 'Hướng dẫn nộp hồ sơ',
      body: richTextFrom(['Công dân có thể nộp hồ sơ trực tuyến; thủ tục chứng thực được rút gọn.']),
    })
    await seedArticle(payload, { title: 'Thủ tục chứng thực bản sao', body: richTextFrom(['Quy định mới.']) })
    const found = await titles('chung thuc')
    expect(found[0]).toBe('Thủ tục chứng thực bản sao')
    expect(found).toContain('Hướng dẫn nộp hồ sơ')
  })
})

describe('a large archive', () => {
  it('lists newest first by publication date, a backdated article in its place', async () => {
    const older = await seedArticle(payload, { title: 'Thủy lợi đầu nguồn năm 2019', publishedAt: '2019-05-01T02:00:00.000Z' })
    const newer = await seedArticle(payload, { title: 'Thủy lợi đầu nguồn năm 2024', publishedAt: '2024-05-01T02:00:00.000Z' })
    // Entered last, dated in between: its id is the highest, its place is the middle.
    await seedArticle(payload, { title: 'Thủy lợi đầu nguồn năm 2021', publishedAt: '2021-05-01T02:00:00.000Z' })
    expect(newer.id).toBeGreaterThan(older.id)
    expect(await titles('thuy loi dau nguon', 'newest')).toEqual([
      'Thủy lợi đầu nguồn năm 2024',
      'Thủy lợi đầu nguồn năm 2021',
      'Thủy lợi đầu nguồn năm 2019',
    ])
  })

  it('says "more than 1,000" for a query that matches more, and still pages through the first thousand', async () => {
    for (let n = 0; n < MAX_COUNTED + 25; n++) {
      await indexArticle(payload, {
        id: 500_000 + n,
        title: `Tin nông thôn mới số ${n}`,
        slug: `tin-nong-thon-moi-${n}`,
        publishedAt: new Date(Date.UTC(2015, 0, 1) + n * 3_600_000).toISOString(),
        body: richTextFrom(['Xây dựng nông thôn mới ở vùng cao.']),
      } as Article)
    }
    const result = await searchArticles(payload, { query: 'nong thon moi', sort: 'newest' })
    expect(result).toMatchObject({ total: MAX_COUNTED, more: true, totalPages: MAX_COUNTED / 10 })
    expect(result.hits[0].title.map((part) => part.text).join('')).toBe(`Tin nông thôn mới số ${MAX_COUNTED + 24}`)
    const relevance = await searchArticles(payload, { query: 'nong thon moi', page: 3 })
    expect(relevance.hits).toHaveLength(10)
  })
})

describe('"Liên quan nhất" across pages', () => {
  it('lists title matches first, then the rest, each newest first, with no article twice or missing', async () => {
    const article = (n: number, inTitle: boolean) =>
      ({
        id: 600_000 + n,
        title: inTitle ? `Đường giao thông nông thôn số ${n}` : `Bản tin số ${n}`,
        slug: `duong-giao-thong-${n}`,
        publishedAt: new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString(),
        body: richTextFrom([inTitle ? 'Tin vắn.' : 'Hoàn thành đường giao thông nông thôn.']),
      }) as Article
    for (let n = 0; n < 30; n++) await indexArticle(payload, article(n, n % 2 === 0))
    const pages = await Promise.all([1, 2, 3].map((page) => searchArticles(payload, { query: 'duong giao thong', page })))
    const ids = pages.flatMap((result) => result.hits.map((hit) => hit.id - 600_000))
    const titled = [28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]
    const others = [29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1]
    expect(pages[0].total).toBe(30)
    expect(ids).toEqual([...titled, ...others])
  })
})

describe('bad queries are answered, never an error', () => {
  const queries = ['', '   ', 'a'.repeat(1000), '"', '*', 'NEAR(', 'OR', 'AND OR NOT', '"unterminated', '(((', '^$%#@!', 'title:x', '-', "'; DROP TABLE articles; --"]
  for (const query of queries) {
    it(`"${query.slice(0, 20)}"`, async () => {
      const result = await searchArticles(payload, { query })
      expect(Array.isArray(result.hits)).toBe(true)
    })
  }
})

describe('the admin list search', () => {
  it('finds the same way whatever the accents', async () => {
    for (const query of ['đánh giá', 'danh gia', 'ĐÁNH GIÁ']) {
      const { docs } = await payload.find({ collection: 'articles', where: { searchText: { like: query } }, draft: true })
      expect(docs.map((doc) => doc.title)).toContain(SOURCE_ARTICLE.title)
    }
  })
})
