import { listPageSlugs } from '@/department/queries'
import { siteUrl } from '@/env'
import { renderUrlSet, xmlResponse } from '@/feeds/sitemap'
import { articlePath, categoryPath } from '@/news/paths'
import { countSitemapParts, listCategorySlugs, listSitemapArticles } from '@/news/queries'

type Context = { params: Promise<{ part: string }> }

/** /sitemaps/0.xml: the home page, the news list, the categories and the department's pages; /sitemaps/N.xml: articles, 10,000 a file. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const part = /^(\d{1,6})\.xml$/.exec((await params).part)?.[1]
  const number = part === undefined ? NaN : Number(part)
  if (!Number.isInteger(number) || number > (await countSitemapParts())) {
    return new Response('Không có tệp sơ đồ trang này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const origin = siteUrl()
  if (number === 0) {
    const [categories, pages] = await Promise.all([listCategorySlugs(), listPageSlugs()])
    return xmlResponse(
      renderUrlSet([
        { url: `${origin}/` },
        { url: `${origin}/tin-tuc` },
        { url: `${origin}/van-ban` },
        { url: `${origin}/du-lieu-mo` },
        ...categories.map((slug) => ({ url: `${origin}${categoryPath(slug)}` })),
        // The department's pages and its contacts (English versions are announced by each page’s hreflang links).
        { url: `${origin}/lien-he` },
        { url: `${origin}/co-cau-to-chuc` },
        { url: `${origin}/lanh-dao` },
        { url: `${origin}/lich-cong-tac` },
        { url: `${origin}/hoi-dap` },
        ...pages.map((slug) => ({ url: `${origin}/${slug}` })),
      ]),
    )
  }
  const articles = await listSitemapArticles(number)
  return xmlResponse(
    renderUrlSet(articles.map((article) => ({ url: `${origin}${articlePath(article.slug ?? '')}`, lastModified: article.updatedAt }))),
  )
}
