import type { CollectionConfig } from 'payload'

import { referenceData } from '@/collections/referenceData'
import { slugField } from '@/fields/slug'
import { readerFilters } from '@/hooks/guardReaderQueries'
import { expireDocumentPages, expireDocumentPagesAfterDelete } from '@/documents/revalidate'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, slug: readerFilters.exact }, sort: ['name', 'id'] }

/** Kinds of documents (Luật, Nghị định, Quyết định …): the usual ones are seeded, editors add others. */
export const DocumentTypes: CollectionConfig = {
  slug: 'document-types',
  labels: {
    singular: { vi: 'Loại văn bản', en: 'Document type' },
    plural: { vi: 'Loại văn bản', en: 'Document types' },
  },
  ...referenceData({
    readerQueries: READER_QUERIES,
    hooks: { afterChange: [expireDocumentPages], afterDelete: [expireDocumentPagesAfterDelete] },
  }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: { vi: 'Văn bản', en: 'Documents' },
  },
  defaultSort: 'name',
  fields: [{ name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên loại văn bản', en: 'Name' } }, slugField('name')],
}
