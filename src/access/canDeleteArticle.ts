import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins delete any article. An author may delete a draft of their own, never a
 * published article (that would unpublish it, which only editors do) nor anyone else's work.
 */
export const canDeleteArticle: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (hasRole(user, 'author') && user) {
    return { createdBy: { equals: user.id }, _status: { equals: 'draft' } }
  }
  return false
}
