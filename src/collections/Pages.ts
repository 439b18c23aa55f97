// The department's own pages (giới thiệu, notices, anything staff add), served at `/<slug>` and, in
// English where written, at `/en/<slug>`.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { pageSlugProblem } from '@/department/reservedSlugs'
import { defaultLocale } from '@/hooks/defaultLocale'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { expireTags } from '@/news/revalidate'
import { TAGS } from '@/news/tags'
import type { Page } from '@/payload-types'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = {
  where: { id: readerFilters.exact, slug: readerFilters.exact },
  sort: ['id'],
}

/** A page is in the header's menu and has its own path: any change expires both. */
const revalidatePage: CollectionAfterChangeHook<Page> = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([TAGS.pages])
  return doc
}
const revalidateDeletedPage: CollectionAfterDeleteHook<Page> = ({ doc, req }) => {
  if (!req.context.disableRevalidate) expireTags([TAGS.pages])
  return doc
}

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { vi: 'Trang', en: 'Page' }, plural: { vi: 'Trang tĩnh', en: 'Pages' } },
  access: { create: isEditorOrAbove, read: publishedOrStaff, update: isEditorOrAbove, delete: isEditorOrAbove },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'showInMenu', '_status', 'updatedAt'],
    group: { vi: 'Giới thiệu', en: 'About' },
    description: {
      vi: 'Trang giới thiệu, thông báo và các trang tĩnh khác, tại địa chỉ /đường-dẫn. Bản tiếng Anh: chọn ngôn ngữ English ở đầu trang soạn thảo.',
      en: 'Introduction, notices and other static pages, at /slug. English text: switch the locale to English above the form.',
    },
  },
  // The header lists the menu's pages in order.
  indexes: [{ fields: ['showInMenu', 'menuOrder'] }],
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [defaultLocale, guardReaderQueries(READER_QUERIES), refuseUnknownFields],
    afterChange: [revalidatePage],
    afterDelete: [revalidateDeletedPage],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Đường dẫn', en: 'Slug' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Trang hiện tại /đường-dẫn, ví dụ gioi-thieu. Không được trùng mục sẵn có như tin-tuc, lien-he, hoi-dap.',
          en: 'The page lives at /slug, e.g. gioi-thieu. It may not be one of the site’s own routes.',
        },
      },
      validate: (value: unknown) => pageSlugProblem(value) ?? true,
    },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    {
      name: 'showInMenu',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Hiện trong menu chính', en: 'In the main menu' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'menuOrder',
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 999,
      label: { vi: 'Thứ tự trong menu', en: 'Menu order' },
      admin: { position: 'sidebar', description: { vi: 'Số nhỏ đứng trước.', en: 'Smaller comes first.' } },
    },
  ],
}
