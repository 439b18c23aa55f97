import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

export type LiveRow = Pick<Article, 'id' | 'slug' | '_status' | 'updatedAt'>

/**
 * The article as readers can have it: the collection's own row, not its latest version. With drafts,
 * `previousDoc` is the latest version, which after any autosave is a draft even while the article is live.
 */
export async function readLiveRow(req: PayloadRequest, id: number): Promise<LiveRow | null> {
  const row = await req.payload.db.findOne<Article>({ collection: 'articles', where: { id: { equals: id } }, req })
  return row ? { id: row.id, slug: row.slug, _status: row._status, updatedAt: row.updatedAt } : null
}

/** Notes the live row before an update, for the hooks that need to know what readers had. */
export const captureLiveRow: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id) {
    req.context.articleLiveRows = { ...req.context.articleLiveRows, [originalDoc.id]: await readLiveRow(req, originalDoc.id) }
  }
  return data
}
