import type { MetadataRoute } from 'next'

import { siteUrl } from '@/env'
import { articlePath, categoryPath } from '@/news/paths'
import { listSitemapEntries } from '@/news/queries'

/** /sitemap.xml: every published article and every category, with absolute URLs from SITE_URL. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const { articles, categories } = await listSitemapEntries()
  return [
    { url: `${origin}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${origin}/tin-tuc`, changeFrequency: 'daily', priority: 0.8 },
    ...categories.map((category) => ({ url: `${origin}${categoryPath(category.slug ?? '')}`, changeFrequency: 'daily' as const })),
    ...articles.map((article) => ({
      url: `${origin}${articlePath(article.slug ?? '')}`,
      lastModified: article.updatedAt,
    })),
  ]
}
