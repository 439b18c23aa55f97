import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { DocumentList } from '@/components/documents/DocumentList'
import { ValidityBadge } from '@/components/documents/ValidityBadge'
import { describeFile } from '@/documents/format'
import { documentPath } from '@/documents/paths'
import { getDocumentBySlug, listReplacedBy } from '@/documents/queries'
import type { Document } from '@/payload-types'
import { formatDate } from '@/utilities/format'

type Props = { params: Promise<{ slug: string }> }

const SLUG = /^[a-z0-9-]{1,140}$/

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const doc = SLUG.test(slug) ? await getDocumentBySlug(slug) : null
  if (!doc) return { title: 'Không tìm thấy văn bản' }
  return { title: doc.title ?? 'Văn bản', description: doc.summary ?? undefined, alternates: { canonical: documentPath(slug) } }
}

const asDocument = (value: unknown): Document | null => (value && typeof value === 'object' ? (value as Document) : null)

export default async function DocumentPage({ params }: Props) {
  const { slug } = await params
  if (!SLUG.test(slug)) notFound()
  const doc = await getDocumentBySlug(slug)
  if (!doc) notFound()
  const replacedBy = asDocument(doc.replacedBy)
  const [replaces] = await Promise.all([listReplacedBy(doc.id)])
  const related = (doc.related ?? []).map(asDocument).filter((item): item is Document => Boolean(item?.slug))
  const type = typeof doc.docType === 'object' && doc.docType ? doc.docType : null
  const isPdf = doc.mimeType === 'application/pdf'
  const fileName = doc.originalName ?? doc.filename ?? 'van-ban'

  const rows: Array<[string, React.ReactNode]> = [
    ['Số ký hiệu', doc.number],
    ['Loại văn bản', type?.name],
    ['Cơ quan ban hành', doc.issuer],
    ['Lĩnh vực', doc.field],
    ['Ngày ban hành', doc.issuedAt ? <time dateTime={doc.issuedAt}>{formatDate(doc.issuedAt)}</time> : null],
    ['Ngày có hiệu lực', doc.effectiveAt ? <time dateTime={doc.effectiveAt}>{formatDate(doc.effectiveAt)}</time> : null],
    ['Người ký', doc.signer],
    ['Trích yếu', doc.summary],
    [
      'Tình trạng hiệu lực',
      <>
        <ValidityBadge validity={doc.validity} />
        {doc.validity === 'replaced' && replacedBy?.slug ? (
          <>
            {' '}
            Đã bị thay thế bởi <a href={documentPath(replacedBy.slug)}>{replacedBy.title}</a>
          </>
        ) : null}
      </>,
    ],
  ]

  return (
    <article aria-labelledby="van-ban-tieu-de">
      <Breadcrumbs items={[{ label: 'Văn bản', href: '/van-ban' }, { label: doc.number ?? 'Văn bản' }]} />
      <h1 id="van-ban-tieu-de" className="article__title">
        {doc.title}
      </h1>
      {doc.validity === 'replaced' ? (
        <p className="document-notice" role="note">
          <strong>
            Văn bản này đã bị thay thế
            {replacedBy?.slug ? (
              <>
                {' '}
                bởi <a href={documentPath(replacedBy.slug)}>{replacedBy.title}</a>
              </>
            ) : null}
            .
          </strong>
        </p>
      ) : doc.validity === 'expired' ? (
        <p className="document-notice" role="note">
          <strong>Văn bản này đã hết hiệu lực.</strong>
        </p>
      ) : null}
      <table className="document-table">
        <caption className="visually-hidden">Thông tin văn bản</caption>
        <tbody>
          {rows
            .filter(([, value]) => value !== null && value !== undefined && value !== '')
            .map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
        </tbody>
      </table>

      {doc.url ? (
        <section aria-labelledby="tep-van-ban">
          <h2 id="tep-van-ban" className="section-title">
            Tệp văn bản
          </h2>
          <p>
            <a className="document-download" href={doc.url} download={fileName}>
              Tải về “{fileName}”
            </a>{' '}
            <span className="muted">({describeFile(doc.mimeType, doc.filesize)})</span>
          </p>
          {isPdf ? (
            <iframe
              className="document-preview"
              src={`${doc.url}?xem=1`}
              title={`Xem trước ${doc.title ?? 'văn bản'} (PDF)`}
              loading="lazy"
            />
          ) : null}
        </section>
      ) : null}

      {replaces.length > 0 ? (
        <section aria-labelledby="thay-the-cho">
          <h2 id="thay-the-cho" className="section-title">
            Văn bản này thay thế
          </h2>
          <DocumentList documents={replaces} headingLevel={3} />
        </section>
      ) : null}
      {related.length > 0 ? (
        <section aria-labelledby="van-ban-lien-quan">
          <h2 id="van-ban-lien-quan" className="section-title">
            Văn bản liên quan
          </h2>
          <DocumentList documents={related} headingLevel={3} />
        </section>
      ) : null}
    </article>
  )
}
