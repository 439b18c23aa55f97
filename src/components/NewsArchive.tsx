import { notFound } from 'next/navigation'

import { newsPagePath } from '@/news/paths'
import { listLatestArticles } from '@/news/queries'

import { ArticleList } from './ArticleList'
import { Breadcrumbs } from './Breadcrumbs'
import { Pagination } from './Pagination'

/** One page of all published news, newest first: /tin-tuc and /tin-tuc/trang/N. */
export async function NewsArchive({ page }: { page: number }) {
  const result = await listLatestArticles(page)
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <section aria-labelledby="tin-tuc">
      <Breadcrumbs items={[{ label: 'Tin tức' }]} />
      <h1 id="tin-tuc" className="section-title">
        Tin tức{page > 1 ? ` – trang ${page}` : ''}
      </h1>
      <ArticleList articles={result.docs} />
      <Pagination page={page} totalPages={result.totalPages} hrefFor={newsPagePath} />
    </section>
  )
}
