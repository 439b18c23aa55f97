import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read the whole library. Readers get a picture's file, and its record where a document they may
 * read shows it (a published article's cover image), but may not list or query the library itself
 * (/api/media): it holds the pictures of drafts under embargo, with their captions.
 */
export const readMedia: Access = ({ req, isReadingStaticFile }) => {
  if (hasRole(req.user, 'admin', 'editor', 'author')) return true
  if (isReadingStaticFile) return true
  return req.routeParams?.collection !== 'media'
}
