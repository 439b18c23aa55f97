import type { Article, Document } from '@/payload-types'

import { DocumentList } from './DocumentList'

/** "Văn bản liên quan" under an article: the published documents it cites, each linking to its page. */
export function CitedDocuments({ article }: { article: Pick<Article, 'relatedDocuments'> }) {
  const documents = (article.relatedDocuments ?? []).filter(
    (doc): doc is Document => typeof doc === 'object' && doc !== null && Boolean(doc.slug) && doc._status === 'published',
  )
  if (documents.length === 0) return null
  return (
    <section className="other-news" aria-labelledby="van-ban-lien-quan">
      <h2 id="van-ban-lien-quan" className="section-title">
        Văn bản liên quan
      </h2>
      <DocumentList documents={documents} headingLevel={3} />
    </section>
  )
}
