import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { revalidateArticlePages, revalidateArticlePagesAfterDelete } from '@/hooks/revalidateArticlePages'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'

/** Departments of the Sở (e.g. Phòng CCHC-VTLT) that authors belong to. */
/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact }, sort: ['shortName', 'id'] }

export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: { vi: 'Đơn vị', en: 'Unit' },
    plural: { vi: 'Đơn vị', en: 'Units' },
  },
  access: {
    create: isEditorOrAbove,
    read: anyone,
    update: isEditorOrAbove,
    delete: isEditorOrAbove,
  },
  admin: {
    useAsTitle: 'shortName',
    defaultColumns: ['shortName', 'fullName'],
    group: { vi: 'Danh mục', en: 'Directory' },
  },
  hooks: {
    beforeOperation: [guardReaderQueries(READER_QUERIES), refuseUnknownFields],
    afterChange: [revalidateArticlePages],
    afterDelete: [revalidateArticlePagesAfterDelete],
  },
  fields: [
    {
      name: 'shortName',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Tên viết tắt', en: 'Short name' },
    },
    {
      name: 'fullName',
      type: 'text',
      required: true,
      label: { vi: 'Tên đầy đủ', en: 'Full name' },
    },
  ],
}
