import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import type { Article } from '@/payload-types'

export const AUTHOR_CANNOT_PUBLISH = 'Tác giả không có quyền xuất bản bài viết. Hãy lưu bản nháp để biên tập viên duyệt và xuất bản.'
export const AUTHOR_CANNOT_CHANGE_LIVE =
  'Bài viết đã xuất bản chỉ biên tập viên được sửa hoặc gỡ xuống. Hãy báo biên tập viên những gì cần sửa.'

/**
 * Authors write drafts; only editors and admins decide what the public reads: an author can neither
 * publish nor change or take down an article that is live. Runs after captureLiveRow.
 */
export const preventAuthorPublish: CollectionBeforeChangeHook<Article> = ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin', 'editor')) return data
  if (data._status === 'published') throw new APIError(AUTHOR_CANNOT_PUBLISH, 403, null, true)
  const live = originalDoc?.id ? req.context.articleLiveRows?.[originalDoc.id] : null
  if (live?._status === 'published') throw new APIError(AUTHOR_CANNOT_CHANGE_LIVE, 403, null, true)
  return data
}
