import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { slugify } from '@/utilities/slugify'

/**
 * A unique, URL-safe slug. Left empty it follows the source field (the title), folded to ASCII;
 * when taken by another document it gets a numeric suffix instead of failing on the unique index.
 */
export function slugField(source = 'title'): TextField {
  const ensureUniqueSlug: FieldHook = async ({ value, siblingData, originalDoc, collection, req }) => {
    const typed = typeof value === 'string' && value.trim() ? value : siblingData?.[source]
    if (typeof typed !== 'string' || !typed.trim()) return value
    const base = slugify(typed) || 'bai-viet'
    if (!collection) return base

    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: {
          and: [{ slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
        },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs === 0) return candidate
    }
  }

  return {
    name: 'slug',
    type: 'text',
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Để trống để tạo tự động từ tiêu đề (bỏ dấu, đ → d).',
        en: 'Leave empty to generate it from the title.',
      },
    },
    hooks: { beforeValidate: [ensureUniqueSlug] },
  }
}
