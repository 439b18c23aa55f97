// Draft preview for staff: who may see drafts, and the uncached read of an article's latest draft.
import configPromise from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'

import { hasRole } from '@/access/roles'
import type { Article, User } from '@/payload-types'

/** The signed-in staff member reading this request, if any (from Payload's auth cookie). */
export async function currentStaff(requestHeaders?: Headers): Promise<User | null> {
  const payload = await getPayload({ config: configPromise })
  const { user } = await payload.auth({ headers: requestHeaders ?? (await headers()) })
  return user && hasRole(user, 'admin', 'editor', 'author') ? (user as User) : null
}

/**
 * In draft mode, the staff member and the article's latest draft; otherwise null. Draft mode alone is
 * not trusted: the reader must still be signed in as staff, so a leaked preview cookie shows nothing.
 */
export async function previewArticle(slug: string): Promise<{ article: Article | null } | null> {
  if (!(await draftMode()).isEnabled) return null
  const user = await currentStaff()
  if (!user) return null
  const payload = await getPayload({ config: configPromise })
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    depth: 2,
    user,
    overrideAccess: false,
  })
  return { article: docs[0] ?? null }
}
