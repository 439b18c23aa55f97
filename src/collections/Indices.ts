import type { CollectionConfig } from 'payload'

import { readerFilters } from '@/hooks/guardReaderQueries'
import { slugField } from '@/fields/slug'
import { referenceData } from '@/collections/referenceData'

/** The published indices a province is scored on: PAR INDEX, SIPAS, and any staff add later. */
/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, code: readerFilters.exact }, sort: ['code', 'id'] }

export const Indices: CollectionConfig = {
  slug: 'indices',
  labels: {
    singular: { vi: 'Chỉ số', en: 'Index' },
    plural: { vi: 'Chỉ số', en: 'Indices' },
  },
  ...referenceData({ readerQueries: READER_QUERIES }),
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'name', 'slug'],
    group: { vi: 'Số liệu', en: 'Data' },
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Tên viết tắt', en: 'Code' },
      admin: { description: { vi: 'Ví dụ: PAR INDEX, SIPAS', en: 'e.g. PAR INDEX, SIPAS' } },
    },
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên đầy đủ', en: 'Full name' } },
    slugField('code'),
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      label: { vi: 'Tên gọi khác', en: 'Aliases' },
      admin: {
        description: {
          vi: 'Tên khác mà văn bản hay dùng (ví dụ SIPAR cho SIPAS); nhập khẩu và đường dẫn đều nhận.',
          en: 'Other names in use (e.g. SIPAR for SIPAS), accepted by imports and URLs.',
        },
      },
    },
  ],
}
