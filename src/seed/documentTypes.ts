// The usual kinds of documents, loaded once; editors add others in the admin (Văn bản › Loại văn bản).
import type { Payload } from 'payload'

import { slugify } from '@/utilities/slugify'

export const DOCUMENT_TYPE_NAMES = [
  'Luật',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Thông báo',
  'Hướng dẫn',
  'Báo cáo',
  'Dự thảo',
] as const

/** Creates the types not there yet (by slug): a second run adds nothing, a renamed type is left as staff named it. */
export async function seedDocumentTypes(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'document-types', limit: 1_000, depth: 0, select: { slug: true } })
  const existing = new Set(docs.map((doc) => doc.slug))
  const created: string[] = []
  for (const name of DOCUMENT_TYPE_NAMES) {
    const slug = slugify(name)
    if (existing.has(slug)) continue
    const doc = await payload.create({ collection: 'document-types', data: { name, slug }, context: { disableRevalidate: true } })
    created.push(`loại văn bản #${doc.id}`)
  }
  return created
}
