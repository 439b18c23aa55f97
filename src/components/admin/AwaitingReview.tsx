// On the admin dashboard: the drafts authors sent for review, for the editors who publish them.
import type { ServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { listAwaitingReview } from '@/news/review'
import type { User } from '@/payload-types'
import { formatDateTime } from '@/utilities/format'

const LIST_URL = '/admin/collections/articles?where[review][equals]=submitted'

export async function AwaitingReview({ payload, user }: ServerProps) {
  if (!hasRole(user as User | undefined, 'admin', 'editor')) return null
  const { docs, totalDocs } = await listAwaitingReview(payload, user as User)
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="cho-duyet">
      <h2 id="cho-duyet">Bài chờ duyệt ({totalDocs})</h2>
      {docs.length === 0 ? (
        <p>Không có bài nào đang chờ duyệt.</p>
      ) : (
        <ul>
          {docs.map((doc) => (
            <li key={doc.id}>
              <a href={`/admin/collections/articles/${doc.id}`}>{doc.title}</a> · gửi lúc {formatDateTime(doc.updatedAt)}
            </li>
          ))}
        </ul>
      )}
      {totalDocs > docs.length ? <a href={LIST_URL}>Xem tất cả bài chờ duyệt</a> : null}
    </section>
  )
}
