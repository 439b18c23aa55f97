import { notFound } from 'next/navigation'

import { categoryPath } from '@/news/paths'
import { getCategoryBySlug, listCategoryArticles } from '@/news/queries'

import { ArticleList } from './ArticleList'
import { Breadcrumbs } from './Breadcrumbs'
import { Pagination } from './Pagination'

/** One page of a category's published articles: /chuyen-muc/<slug> and /chuyen-muc/<slug>/trang/N. */
export async function CategoryArchive({ slug, page }: { slug: string; page: number }) {
  const category = await getCategoryBySlug(slug)
  if (!category) notFound()
  const result = await listCategoryArticles(category.id, page)
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <section aria-labelledby="chuyen-muc">
      <Breadcrumbs items={[{ label: category.name }]} />
      <h1 id="chuyen-muc" className="section-title">
        {category.name}
        {page > 1 ? ` – trang ${page}` : ''}
      </h1>
      <ArticleList articles={result.docs} emptyText="Chuyên mục này chưa có bài viết." />
      <Pagination page={page} totalPages={result.totalPages} hrefFor={(n) => categoryPath(slug, n)} />
    </section>
  )
}
