import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

export type LiveRow = Pick<Article, 'id' | 'slug' | '_status' | 'updatedAt'>

/**
 * The article as readers can have it: the collection's own row, not its latest version. With drafts,
 * `previousDoc` is the latest version, which after any autosave is a draft even while the article is live.
 */
export async function readLiveRow(req: PayloadRequest, id: number): Promise<LiveRow | null> {
  const row = await req.payload.db.findOne<Article>({
    collection: 'articles',
    where: { id: { equals: id } },
    // Only what the hooks compare: not the body, nor the relations' rows.
    select: { slug: true, _status: true, updatedAt: true },
    req,
  })
  return row ? { id: row.id, slug: row.slug, _status: row._status, updatedAt: row.updatedAt } : null
}

/** Notes the live row before an update, for the hooks that need to know what readers had. */
export const captureLiveRow: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id) {
    req.context.articleLiveRows = { ...req.context.articleLiveRows, [originalDoc.id]: await readLiveRow(req, originalDoc.id) }
    // This request may save the same article again: the row after that save is read afresh.
    delete req.context.articleLiveRowsAfter?.[originalDoc.id]
  }
  return data
}

/**
 * What readers had before this save and have after it, read once for all the after-change hooks; null
 * when the live row did not change (a draft saved over a live article: autosave, every 2 s while editing).
 */
export async function liveRowChange(
  req: PayloadRequest,
  id: number,
  operation: 'create' | 'update',
): Promise<{ before: LiveRow | null; after: LiveRow | null } | null> {
  const saved = (req.context.articleLiveRowsAfter ??= {})
  if (!(id in saved)) saved[id] = await readLiveRow(req, id)
  const after = saved[id]
  const before = operation === 'update' ? (req.context.articleLiveRows?.[id] ?? null) : null
  return before && after && before.updatedAt === after.updatedAt ? null : { before, after }
}
