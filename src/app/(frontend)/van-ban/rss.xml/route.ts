import { SITE_NAME } from '@/components/SiteHeader'
import { documentPath } from '@/documents/paths'
import { listLatestDocuments } from '@/documents/queries'
import { siteUrl } from '@/env'
import { renderRss, rssResponse } from '@/feeds/rss'
import type { Article } from '@/payload-types'

/** RSS 2.0 of the 50 newest published documents (by date of issue). */
export async function GET(): Promise<Response> {
  const origin = siteUrl()
  const documents = await listLatestDocuments(50)
  // The feed writer takes articles' shape: a document's title, summary, type and date of issue fill it.
  const items = documents.map(
    (doc) =>
      ({
        id: doc.id,
        title: doc.title ?? doc.number,
        slug: doc.slug,
        summary: doc.summary,
        publishedAt: doc.issuedAt,
        category: typeof doc.docType === 'object' && doc.docType ? { name: doc.docType.name } : null,
      }) as unknown as Article,
  )
  return rssResponse(
    renderRss({
      title: `Văn bản · ${SITE_NAME}`,
      description: `Văn bản mới ban hành đăng trên ${SITE_NAME}`,
      link: `${origin}/van-ban`,
      selfUrl: `${origin}/van-ban/rss.xml`,
      articles: items,
      articleUrl: (article) => `${origin}${documentPath(article.slug ?? '')}`,
    }),
  )
}
