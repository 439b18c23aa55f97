import type { CollectionConfig } from 'payload'

import { readerFilters } from '@/hooks/guardReaderQueries'
import { reindexArticlesOf } from '@/hooks/reindexArticlesOf'
import { referenceData } from '@/collections/referenceData'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, unit: readerFilters.exact }, sort: ['name', 'id'] }

/** People named in bylines. Many have no account, so they are kept apart from users. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: {
    singular: { vi: 'Tác giả', en: 'Author' },
    plural: { vi: 'Tác giả', en: 'Authors' },
  },
  ...referenceData({ readerQueries: READER_QUERIES, hooks: { afterChange: [reindexArticlesOf('author')] } }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'unit'],
    group: { vi: 'Danh mục', en: 'Directory' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Name' } },
    { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị', en: 'Unit' },
    },
  ],
}
