import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins edit any article; an author only the ones they created. */
export const canEditArticle: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (hasRole(user, 'author') && user) return { createdBy: { equals: user.id } }
  return false
}
