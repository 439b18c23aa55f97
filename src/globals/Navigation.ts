import type { Field, GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { revalidateSite } from '@/hooks/revalidateSite'

const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, label: { vi: 'Tên mục', en: 'Label' } },
  {
    name: 'url',
    type: 'text',
    required: true,
    label: { vi: 'Đường dẫn', en: 'URL' },
    admin: { description: { vi: 'Ví dụ: /tin-tuc hoặc /chuyen-muc/cai-cach-hanh-chinh', en: 'e.g. /tin-tuc' } },
    validate: (value: unknown) =>
      typeof value === 'string' && (/^\/(?!\/)/.test(value) || /^https?:\/\//.test(value))
        ? true
        : 'Đường dẫn phải bắt đầu bằng / (trong cổng) hoặc http(s):// (trang ngoài).',
  },
]

/** The header's menu: items in order, each with one level of sub-items. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { vi: 'Menu chính', en: 'Menu' },
  access: { read: anyone, update: isEditorOrAbove },
  admin: { group: { vi: 'Giao diện', en: 'Site' } },
  hooks: { afterChange: [revalidateSite] },
  fields: [
    {
      name: 'items',
      type: 'array',
      label: { vi: 'Các mục', en: 'Items' },
      maxRows: 12,
      defaultValue: [
        { label: 'Trang chủ', url: '/' },
        { label: 'Tin tức', url: '/tin-tuc' },
        { label: 'Chỉ số CCHC', url: '/chi-so/par-index/2023' },
      ],
      fields: [
        ...linkFields,
        {
          name: 'children',
          type: 'array',
          label: { vi: 'Mục con', en: 'Sub-items' },
          maxRows: 12,
          fields: linkFields,
        },
      ],
    },
  ],
}
