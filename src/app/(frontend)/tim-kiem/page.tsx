import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentHits } from '@/components/documents/DocumentHits'
import { Highlighted } from '@/components/Highlighted'
import { Pagination } from '@/components/Pagination'
import { articlePath } from '@/news/paths'
import { searchPublished } from '@/news/search'
import { SEARCH_PER_PAGE, type SearchSort } from '@/search'
import { formatDate, formatInteger } from '@/utilities/format'

type Props = { searchParams: Promise<{ q?: string | string[]; trang?: string; 'sap-xep'?: string }> }

export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false } }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

function searchPath(query: string, page: number, sort: SearchSort) {
  const params = new URLSearchParams({ q: query })
  if (sort === 'newest') params.set('sap-xep', 'moi-nhat')
  if (page > 1) params.set('trang', String(page))
  return `/tim-kiem?${params}`
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = first(params.q).trim()
  const sort: SearchSort = params['sap-xep'] === 'moi-nhat' ? 'newest' : 'relevance'
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.trang ?? '1', 10) || 1))
  const result = query ? await searchPublished(query, page, sort) : null

  return (
    <section aria-labelledby="tim-kiem">
      <Breadcrumbs items={[{ label: 'Tìm kiếm' }]} />
      <h1 id="tim-kiem" className="section-title">
        Tìm kiếm
      </h1>
      <form action="/tim-kiem" method="get" role="search" className="search-form search-form--page">
        <label htmlFor="q-trang">Từ khoá</label>
        <input id="q-trang" name="q" type="search" defaultValue={query} maxLength={500} />
        <button type="submit">Tìm</button>
      </form>
      {query ? <DocumentHits query={query} /> : null}
      {!result ? (
        <p>Nhập từ khoá để tìm bài viết, có dấu hay không dấu đều được (ví dụ: “cải cách hành chính” hoặc “cai cach hanh chinh”).</p>
      ) : result.total === 0 ? (
        <p>Không tìm thấy bài viết nào cho “{query}”. Hãy thử từ khoá khác hoặc ngắn hơn.</p>
      ) : (
        <>
          <p className="search-summary">
            Tìm thấy {result.more ? 'hơn ' : ''}
            {formatInteger(result.total)} kết quả ·{' '}
            {sort === 'relevance' ? (
              <>
                <strong>Liên quan nhất</strong> | <a href={searchPath(query, 1, 'newest')}>Mới nhất</a>
              </>
            ) : (
              <>
                <a href={searchPath(query, 1, 'relevance')}>Liên quan nhất</a> | <strong>Mới nhất</strong>
              </>
            )}
          </p>
          <ol className="search-results" start={(result.page - 1) * SEARCH_PER_PAGE + 1}>
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <h2 className="article-list__title">
                  <a href={articlePath(hit.slug)}>
                    <Highlighted segments={hit.title} />
                  </a>
                </h2>
                <p className="article-list__meta">
                  {hit.publishedAt ? <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt)}</time> : null}
                  {hit.category ? ` · ${hit.category}` : null}
                </p>
                <p className="search-results__snippet">
                  <Highlighted segments={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={result.page} totalPages={result.totalPages} hrefFor={(n) => searchPath(query, n, sort)} />
        </>
      )}
    </section>
  )
}
