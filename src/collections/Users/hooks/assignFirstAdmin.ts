import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The first account ever created (Payload's create-first-user screen, or ADMIN_EMAIL on first start)
 * becomes an admin: nobody else could grant the role, since only admins may set roles.
 */
export const assignFirstAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (existing.totalDocs === 0) {
    req.payload.logger.info('First account created: granting it the admin role.')
    return { ...data, role: 'admin' }
  }
  return data
}
