import type { GlobalAfterChangeHook } from 'payload'

import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'

/** The header and footer are on every page: a change to them refreshes every page. */
export const revalidateSite: GlobalAfterChangeHook = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([TAGS.site])
  return doc
}
