import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { readerFilters } from '@/hooks/guardReaderQueries'
import { reindexArticlesOf } from '@/hooks/reindexArticlesOf'
import { referenceData } from '@/collections/referenceData'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, slug: readerFilters.exact, parent: readerFilters.exact }, sort: ['name', 'id'] }

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Category' },
    plural: { vi: 'Chuyên mục', en: 'Categories' },
  },
  ...referenceData({ readerQueries: READER_QUERIES, hooks: { afterChange: [reindexArticlesOf('category')] } }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent'],
    group: { vi: 'Tin tức', en: 'News' },
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
