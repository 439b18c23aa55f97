import { documentPath } from '@/documents/paths'
import type { DocumentEntry } from '@/documents/searchIndex'
import { formatDate } from '@/utilities/format'

import { ValidityBadge } from './ValidityBadge'

/** Documents as readers scan them: number and type as the link, date, issuer, validity, then the summary. */
export function DocumentList({ documents, headingLevel = 2 }: { documents: DocumentEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.id}>
          <Heading className="document-list__title">
            <a href={documentPath(doc.slug ?? '')}>{doc.title}</a>
          </Heading>
          <p className="document-list__meta">
            {doc.issuedAt ? (
              <>
                Ban hành: <time dateTime={doc.issuedAt}>{formatDate(doc.issuedAt)}</time> ·{' '}
              </>
            ) : null}
            {doc.issuer} · <ValidityBadge validity={doc.validity} />
          </p>
          {doc.summary ? <p className="article-list__summary">{doc.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
