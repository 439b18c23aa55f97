import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Any signed-in account with a role (author, editor, admin): who may open the admin and write. */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin', 'editor', 'author')
