import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Serves both collection and field access: both receive `req`. */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')
