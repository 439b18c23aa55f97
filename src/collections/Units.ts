import type { CollectionConfig } from 'payload'

import { readerFilters } from '@/hooks/guardReaderQueries'
import { referenceData } from '@/collections/referenceData'

/** Departments of the Sở (e.g. Phòng CCHC-VTLT) that authors belong to. */
/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact }, sort: ['shortName', 'id'] }

export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: { vi: 'Đơn vị', en: 'Unit' },
    plural: { vi: 'Đơn vị', en: 'Units' },
  },
  ...referenceData({ readerQueries: READER_QUERIES }),
  admin: {
    useAsTitle: 'shortName',
    defaultColumns: ['shortName', 'fullName'],
    group: { vi: 'Danh mục', en: 'Directory' },
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
