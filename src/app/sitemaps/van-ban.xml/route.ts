import { documentPath } from '@/documents/paths'
import { listSitemapDocuments } from '@/documents/queries'
import { siteUrl } from '@/env'
import { renderUrlSet, xmlResponse } from '@/feeds/sitemap'

export const dynamic = 'force-dynamic'

/** /sitemaps/van-ban.xml: every published document's page (one file holds 50,000). */
export async function GET(): Promise<Response> {
  const origin = siteUrl()
  const documents = await listSitemapDocuments()
  return xmlResponse(renderUrlSet(documents.map((doc) => ({ url: `${origin}${documentPath(doc.slug)}`, lastModified: doc.updatedAt }))))
}
