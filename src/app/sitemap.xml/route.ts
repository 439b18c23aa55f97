import { siteUrl } from '@/env'
import { renderSitemapIndex, sitemapPartPath, xmlResponse } from '@/feeds/sitemap'
import { countSitemapParts } from '@/news/queries'

/** /sitemap.xml: the index of the sitemap files, which robots.txt names. */
export async function GET(): Promise<Response> {
  const origin = siteUrl()
  const parts = await countSitemapParts()
  const documents = `${origin}/sitemaps/van-ban.xml`
  return xmlResponse(
    renderSitemapIndex([...Array.from({ length: parts + 1 }, (_, part) => `${origin}${sitemapPartPath(part)}`), documents]),
  )
}
