import { SITE_NAME } from '@/components/SiteHeader'
import { siteUrl } from '@/env'
import { renderRss, rssResponse } from '@/feeds/rss'
import { articlePath, categoryPath } from '@/news/paths'
import { getCategoryBySlug, listCategoryArticles } from '@/news/queries'

/** RSS 2.0 of a category's latest published articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  const category = await getCategoryBySlug(slug)
  if (!category) return new Response('Không có chuyên mục này.', { status: 404 })
  const origin = siteUrl()
  const { docs } = await listCategoryArticles(category.id, 1)
  return rssResponse(
    renderRss({
      title: `${category.name} – ${SITE_NAME}`,
      description: `Tin tức chuyên mục ${category.name}`,
      link: `${origin}${categoryPath(slug)}`,
      selfUrl: `${origin}${categoryPath(slug)}/rss.xml`,
      articles: docs,
      articleUrl: (article) => `${origin}${articlePath(article.slug ?? '')}`,
    }),
  )
}
