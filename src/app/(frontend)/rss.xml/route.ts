import { SITE_NAME } from '@/components/SiteHeader'
import { siteUrl } from '@/env'
import { renderRss, rssResponse } from '@/feeds/rss'
import { articlePath } from '@/news/paths'
import { listLatestArticles } from '@/news/queries'

/** RSS 2.0 of the 50 latest published articles; cached with the pages and refreshed with them. */
export async function GET(): Promise<Response> {
  const origin = siteUrl()
  const { docs } = await listLatestArticles(1, 50)
  return rssResponse(
    renderRss({
      title: SITE_NAME,
      description: `Tin tức mới nhất của ${SITE_NAME}`,
      link: origin,
      selfUrl: `${origin}/rss.xml`,
      articles: docs,
      articleUrl: (article) => `${origin}${articlePath(article.slug ?? '')}`,
    }),
  )
}
