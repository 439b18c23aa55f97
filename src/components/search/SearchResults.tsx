// The search page below its heading: the form, the documents found, and the articles found. A plain
// component of its data, so that the server's fast path (src/server/searchPages.ts) renders exactly what
// the page renders. It imports nothing that reads a database.
import { DocumentList } from '@/components/documents/DocumentList'
import { Highlighted } from '@/components/Highlighted'
import { Pagination } from '@/components/Pagination'
import { articlePath } from '@/news/paths'
import { SEARCH_PER_PAGE, type SearchPageData, searchPath } from '@/search/searchPage'
import { formatDate, formatInteger } from '@/utilities/format'

/** The site search's "Văn bản" section: the first documents found, and a link to all of them on /van-ban. */
function DocumentHits({ documents }: { documents: NonNullable<SearchPageData['documents']> }) {
  if (documents.totalDocs === 0) return null
  return (
    <section aria-labelledby="ket-qua-van-ban" className="other-news">
      <h2 id="ket-qua-van-ban" className="section-title">
        Văn bản ({formatInteger(documents.totalDocs)})
      </h2>
      <DocumentList documents={documents.docs} headingLevel={3} />
      {documents.totalDocs > documents.docs.length ? (
        <p>
          <a href={documents.moreHref}>Xem tất cả {formatInteger(documents.totalDocs)} văn bản tìm thấy</a>
        </p>
      ) : null}
    </section>
  )
}

export function SearchResults({ query, sort, result, documents }: SearchPageData) {
  return (
    <>
      <form action="/tim-kiem" method="get" role="search" className="search-form search-form--page">
        <label htmlFor="q-trang">Từ khoá</label>
        <input id="q-trang" name="q" type="search" defaultValue={query} maxLength={500} />
        <button type="submit">Tìm</button>
      </form>
      {documents ? <DocumentHits documents={documents} /> : null}
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
    </>
  )
}
