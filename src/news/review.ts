import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/** Drafts authors sent for review, newest first, as the signed-in editor may see them. */
export async function listAwaitingReview(payload: Payload, user: User, limit = 10) {
  return payload.find({
    collection: 'articles',
    where: { review: { equals: 'submitted' } },
    draft: true,
    sort: '-updatedAt',
    limit,
    depth: 0,
    select: { title: true, updatedAt: true },
    user,
    overrideAccess: false,
  })
}
