import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** The most documents a reader who is not signed in may ask the REST API for in one page. */
export const PUBLIC_MAX_LIMIT = 100

/**
 * Payload reads `limit=0` (or `pagination=false`) as "every document": with a decade of news that is an
 * easy way to make the server work hard. Readers who are not signed in get pages of at most 100 through
 * REST; staff keep it (the admin's bulk actions send `limit=0`), and the site's own reads are not REST.
 */
export const capPublicPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST' || req.user) return args
  const { limit, pagination } = args as { limit?: number; pagination?: boolean }
  if (pagination === false || limit === 0 || (limit ?? 0) > PUBLIC_MAX_LIMIT) {
    throw new APIError(`Tham số "limit" phải từ 1 đến ${PUBLIC_MAX_LIMIT}.`, 400, null, true)
  }
  return args
}
