import type { Access } from 'payload'

import { hasRole } from './roles'

/** Readers see published articles only; staff also see drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'author')) return true
  return { _status: { equals: 'published' } }
}
