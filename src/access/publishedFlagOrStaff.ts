import type { Access } from 'payload'

import { hasRole } from './roles'

/** For collections with a `published` checkbox instead of drafts: readers see what is ticked, staff all. */
export const publishedFlagOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'author')) return true
  return { published: { equals: true } }
}
