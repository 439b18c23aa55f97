import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

export const isEditorOrAbove = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin', 'editor')
