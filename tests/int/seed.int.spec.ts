import { describe, expect, it } from 'vitest'

import { DEPARTMENT_PAGES } from '@/seed/departmentPages'
import { DOCUMENT_TYPE_NAMES } from '@/seed/documentTypes'
import { SOURCE_ARTICLE } from '@/seed/sourceArticle'
import { seedFoundingContent } from '@/seed'
import type { Article, Author, Category, Media, Unit } from '@/payload-types'

import { testPayload } from '../helpers/payload'

const SOURCE_SLUG =
  'ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipar-nam-2023-chi-so-cai-cach-hanh-chinh-par-index-nam-2023-cua-tinh-lao-cai'

describe('founding content', () => {
  it('loads the source article once, however often the seed runs', async () => {
    const payload = await testPayload()
    const first = await seedFoundingContent(payload)
    const second = await seedFoundingContent(payload)

    expect(first.created).toHaveLength(5 + DOCUMENT_TYPE_NAMES.length + DEPARTMENT_PAGES.length)
    expect(second.created).toEqual([])
    for (const collection of ['articles', 'authors', 'units', 'categories', 'media'] as const) {
      const { totalDocs } = await payload.count({ collection })
      expect(totalDocs, collection).toBe(1)
    }
  })

  it('keeps the article as structured content, verbatim', async () => {
    const payload = await testPayload()
    await seedFoundingContent(payload)
    const { docs } = await payload.find({ collection: 'articles', depth: 2, limit: 1 })
    const article = docs[0] as Article

    expect(article.title).toBe(SOURCE_ARTICLE.title)
    expect(article.slug).toMatch(/^ket-qua-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh/)
    expect(article.slug).toBe(SOURCE_SLUG)
    expect(article._status).toBe('published')
    expect(article.legacyViews).toBe(76)
    expect(new Date(article.publishedAt ?? '').toISOString()).toBe('2024-04-17T01:00:00.000Z')

    const text = JSON.stringify(article.body)
    // The author's own wording and typos stay as written.
    expect(text).toContain('tăng 3, 67 điểm tăng 04 bậc so với năm 2022')
    expect(text).toContain('Chất lượng tổ chức thực hiện cỏa sở năm 2023 đạt 88,63%')
    expect(text).toContain('Đánh giá chung điểm của chỉ số này đều tăng so với năm 2022.')

    const author = article.author as Author
    expect(author.name).toBe('Lưu Quỳnh Liên')
    expect(author.position).toBe('Chuyên viên')
    expect((author.unit as Unit).shortName).toBe('Phòng CCHC-VTLT')
    expect((author.unit as Unit).fullName).toBe('Phòng Cải cách hành chính - Văn thư lưu trữ')
    expect((article.category as Category).name).toBe('Cải cách hành chính')

    const image = article.coverImage as Media
    expect(image.caption).toBe('Ảnh. Hội nghị công bố Chỉ số')
    expect(image.alt).toMatch(/^Ảnh thay thế/)
    expect(image.mimeType).toBe('image/png')
  })
})
