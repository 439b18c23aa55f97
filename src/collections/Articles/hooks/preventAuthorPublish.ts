import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import type { Article } from '@/payload-types'

export const AUTHOR_CANNOT_PUBLISH =
  'Tác giả không có quyền xuất bản bài viết. Hãy lưu bản nháp để biên tập viên duyệt và xuất bản.'

/** Authors write drafts; only editors and admins put an article in front of the public. */
export const preventAuthorPublish: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  if (data._status === 'published' && req.user && !hasRole(req.user, 'admin', 'editor')) {
    throw new APIError(AUTHOR_CANNOT_PUBLISH, 403, null, true)
  }
  return data
}
