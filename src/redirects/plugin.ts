// Old addresses of the previous portal, kept working: Payload's redirects plugin, with Vietnamese labels,
// staff-only access and the server's memory table reloaded on every change (./refresh.ts).
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { type CollectionBeforeValidateHook, type Field, ValidationError } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/isStaff'

import { oldPathOf } from './paths'
import { reloadAfterRedirectChange, reloadAfterRedirectDelete } from './refresh'

const LABELS: Record<string, { vi: string; en: string }> = {
  from: { vi: 'Địa chỉ cũ (đường dẫn)', en: 'Old address (path)' },
  type: { vi: 'Chuyển đến', en: 'Redirect to' },
  reference: { vi: 'Bài viết', en: 'Article' },
  url: { vi: 'Địa chỉ mới', en: 'New address' },
}

/** The plugin's fields with Vietnamese labels (the plugin ships none in Vietnamese). */
function labelled(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    if (field.type === 'group') return { ...field, fields: labelled(field.fields) }
    const label = LABELS[field.name]
    if (!label) return field
    if (field.type === 'radio') {
      return {
        ...field,
        label,
        options: [
          { value: 'reference', label: { vi: 'Một bài viết', en: 'An article' } },
          { value: 'custom', label: { vi: 'Một địa chỉ khác', en: 'Another address' } },
        ],
      }
    }
    return { ...field, label }
  })
}

/** Stores the old address as a path, written the one way the server looks it up. */
const normaliseFrom: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && typeof data.from === 'string') {
    const path = oldPathOf(data.from)
    // Anything else ("javascript:…", a bare word with control characters) could never match a request.
    if (!path) {
      const message = 'Địa chỉ cũ phải là đường dẫn (bắt đầu bằng "/") hoặc địa chỉ http(s) của trang trên cổng cũ.'
      throw new ValidationError({ collection: 'redirects', errors: [{ path: 'from', message }], req })
    }
    data.from = path
  }
  return data
}

export const redirects = redirectsPlugin({
  collections: ['articles'],
  overrides: {
    labels: { singular: { vi: 'Chuyển hướng', en: 'Redirect' }, plural: { vi: 'Chuyển hướng địa chỉ cũ', en: 'Redirects' } },
    access: { read: isStaff, create: isEditorOrAbove, update: isEditorOrAbove, delete: isEditorOrAbove },
    admin: {
      group: { vi: 'Tin tức', en: 'News' },
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'updatedAt'],
      description: {
        vi: 'Địa chỉ của cổng cũ chuyển (301) đến trang mới. Máy chủ áp dụng thay đổi trong vòng 15 giây.',
        en: 'Addresses of the old portal answered with a 301 to their new page, within 15 seconds of a change.',
      },
    },
    hooks: { beforeValidate: [normaliseFrom], afterChange: [reloadAfterRedirectChange], afterDelete: [reloadAfterRedirectDelete] },
    fields: ({ defaultFields }) => labelled(defaultFields),
  },
})
