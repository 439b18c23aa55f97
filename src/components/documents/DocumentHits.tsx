import { searchDocuments } from '@/documents/search'
import { formatInteger } from '@/utilities/format'

import { DocumentList } from './DocumentList'

/** The site search's "Văn bản" section: the first documents found, and a link to all of them on /van-ban. */
export async function DocumentHits({ query }: { query: string }) {
  const result = await searchDocuments(query)
  if (result.totalDocs === 0) return null
  return (
    <section aria-labelledby="ket-qua-van-ban" className="other-news">
      <h2 id="ket-qua-van-ban" className="section-title">
        Văn bản ({formatInteger(result.totalDocs)})
      </h2>
      <DocumentList documents={result.docs} headingLevel={3} />
      {result.totalDocs > result.docs.length ? (
        <p>
          <a href={result.moreHref}>Xem tất cả {formatInteger(result.totalDocs)} văn bản tìm thấy</a>
        </p>
      ) : null}
    </section>
  )
}
