import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { slugField } from '@/fields/slug'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { reindexArticlesOf } from '@/hooks/reindexArticlesOf'
import { revalidateArticlePages, revalidateArticlePagesAfterDelete } from '@/hooks/revalidateArticlePages'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, slug: readerFilters.exact, parent: readerFilters.exact }, sort: ['name', 'id'] }

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Category' },
    plural: { vi: 'Chuyên mục', en: 'Categories' },
  },
  access: {
    create: isEditorOrAbove,
    read: anyone,
    update: isEditorOrAbove,
    delete: isEditorOrAbove,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent'],
    group: { vi: 'Tin tức', en: 'News' },
  },
  hooks: {
    beforeOperation: [guardReaderQueries(READER_QUERIES), refuseUnknownFields],
    afterChange: [reindexArticlesOf('category'), revalidateArticlePages],
    afterDelete: [revalidateArticlePagesAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField('name'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      label: { vi: 'Chuyên mục cha', en: 'Parent' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar' },
    },
  ],
}
