// The reads behind the public pages. Each is cached by Next under the tags in TAGS and expired by the
// collections' hooks, so a page view does not touch the database once its data is cached.
import configPromise from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload, type Where } from 'payload'

import type { Article } from '@/payload-types'

import { ARTICLES_PER_PAGE } from './paths'
import { TAGS } from './tags'

export { ARTICLES_PER_PAGE }

export type ArticlePage = {
  docs: Article[]
  page: number
  totalPages: number
  totalDocs: number
}

const listSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  category: true,
  coverImage: true,
} as const

async function findPublished(where: Where | undefined, page: number, limit: number): Promise<ArticlePage> {
  const payload = await getPayload({ config: configPromise })
  const result = await payload.find({
    collection: 'articles',
    where,
    sort: ['-publishedAt', '-id'],
    page,
    limit,
    depth: 1,
    select: listSelect,
    overrideAccess: false,
  })
  return {
    docs: result.docs as Article[],
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/** A published article with its category, author (and unit) and images; null when there is none. */
export const getArticleBySlug = (slug: string): Promise<Article | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'articles',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 2,
        overrideAccess: false,
      })
      return docs[0] ?? null
    },
    ['article-by-slug', slug],
    { tags: [TAGS.articles, TAGS.article(slug)] },
  )()

/** Newest published articles first, a page at a time. */
export const listLatestArticles = (page = 1, limit = ARTICLES_PER_PAGE): Promise<ArticlePage> =>
  unstable_cache(() => findPublished(undefined, page, limit), ['latest-articles', String(page), String(limit)], {
    tags: [TAGS.articles],
  })()

/** "Tin khác": the newest published articles other than the one being read. */
export const listOtherArticles = (excludeId: number, limit = ARTICLES_PER_PAGE): Promise<ArticlePage> =>
  unstable_cache(() => findPublished({ id: { not_equals: excludeId } }, 1, limit), ['other-articles', String(excludeId), String(limit)], {
    tags: [TAGS.articles],
  })()

/** A category's published articles, newest first. */
export const listCategoryArticles = (categoryId: number, page = 1): Promise<ArticlePage> =>
  unstable_cache(
    () => findPublished({ category: { equals: categoryId } }, page, ARTICLES_PER_PAGE),
    ['category-articles', String(categoryId), String(page)],
    { tags: [TAGS.articles] },
  )()

/** Published articles that cite any of these score records, newest first. */
export const listArticlesCiting = (recordIds: number[]): Promise<ArticlePage> =>
  unstable_cache(() => findPublished({ scoreRecords: { in: recordIds } }, 1, 50), ['articles-citing', recordIds.join(',')], {
    tags: [TAGS.articles],
  })()

export const RELATED_LIMIT = 5

/**
 * "Tin liên quan": the articles staff picked, when they picked any (published ones only, in their order);
 * otherwise the newest published articles of the same category.
 */
export const listRelatedArticles = (article: Pick<Article, 'id' | 'category' | 'relatedArticles'>) => {
  const picked = (article.relatedArticles ?? []).map((related) => (typeof related === 'object' ? related.id : related))
  const categoryId = typeof article.category === 'object' ? article.category?.id : article.category
  return unstable_cache(
    async (): Promise<Article[]> => {
      if (picked.length > 0) {
        const { docs } = await findPublished({ id: { in: picked } }, 1, picked.length)
        return picked.flatMap((id) => docs.filter((doc) => doc.id === id))
      }
      if (!categoryId) return []
      const { docs } = await findPublished(
        { and: [{ category: { equals: categoryId } }, { id: { not_equals: article.id } }] },
        1,
        RELATED_LIMIT,
      )
      return docs
    },
    ['related-articles', String(article.id), picked.join(',') || `category-${categoryId ?? 'none'}`],
    { tags: [TAGS.articles] },
  )()
}

export const getCategoryBySlug = (slug: string) =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'categories',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
      })
      return docs[0] ?? null
    },
    ['category-by-slug', slug],
    { tags: [TAGS.articles] },
  )()

/** Articles per sitemap file: well under the 50,000 search engines accept, and light to build. */
export const SITEMAP_SIZE = 10_000

/** How many sitemap files of articles there are (the sitemap index lists them). */
export const countSitemapParts = () =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: false })
      return Math.max(1, Math.ceil(totalDocs / SITEMAP_SIZE))
    },
    ['sitemap-parts'],
    { tags: [TAGS.articles] },
  )()

/** One sitemap file's articles (slug, last change), in id order; part 1 is the first. */
export const listSitemapArticles = (part: number) =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'articles',
        sort: 'id',
        page: part,
        limit: SITEMAP_SIZE,
        depth: 0,
        select: { slug: true, updatedAt: true },
        overrideAccess: false,
      })
      return docs
    },
    ['sitemap-articles', String(part)],
    { tags: [TAGS.articles] },
  )()

/** Every category's slug, for the sitemap. */
export const listCategorySlugs = () =>
  unstable_cache(
    async () => {
      const payload = await getPayload({ config: configPromise })
      const { docs } = await payload.find({
        collection: 'categories',
        pagination: false,
        depth: 0,
        select: { slug: true },
        overrideAccess: false,
      })
      return docs.map((category) => category.slug).filter((slug): slug is string => Boolean(slug))
    },
    ['category-slugs'],
    { tags: [TAGS.articles] },
  )()

/** How many of the newest articles `next build` prerenders; older ones render on first visit, then stay cached. */
export const PRERENDERED_ARTICLES = 100

/** Slugs of the newest published articles, for prerendering at build time (not all: a decade is 100,000). */
export async function listNewestSlugs(limit = PRERENDERED_ARTICLES): Promise<string[]> {
  const payload = await getPayload({ config: configPromise })
  const { docs } = await payload.find({
    collection: 'articles',
    limit,
    sort: ['-publishedAt', '-id'],
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}
