import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { readerFilters } from '@/hooks/guardReaderQueries'
import { referenceData } from '@/collections/referenceData'
import { preventUnitCycle } from '@/organisation/hooks/preventUnitCycle'
import { revalidateOrganisation, revalidateOrganisationAfterDelete } from '@/organisation/hooks/revalidateOrganisation'

/**
 * Departments of the Sở (e.g. Phòng CCHC-VTLT): the organisation chart on /co-cau-to-chuc, and the unit
 * that authors and people belong to. Its contacts are the unit's office line and mailbox, never a person's.
 */
/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = {
  where: { id: readerFilters.exact, slug: readerFilters.exact, parent: readerFilters.exact },
  sort: ['shortName', 'id', 'order'],
}

export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: { vi: 'Đơn vị', en: 'Unit' },
    plural: { vi: 'Đơn vị', en: 'Units' },
  },
  ...referenceData({
    readerQueries: READER_QUERIES,
    hooks: {
      beforeChange: [preventUnitCycle],
      afterChange: [revalidateOrganisation],
      afterDelete: [revalidateOrganisationAfterDelete],
    },
  }),
  defaultSort: 'order',
  admin: {
    useAsTitle: 'shortName',
    defaultColumns: ['shortName', 'fullName', 'parent', 'order'],
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
      localized: true,
      label: { vi: 'Tên đầy đủ', en: 'Full name' },
    },
    slugField('shortName'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar', description: { vi: 'Để trống với đơn vị cấp cao nhất (Sở).', en: 'Empty for the top unit.' } },
    },
    {
      name: 'order',
      type: 'number',
      index: true,
      min: 0,
      max: 100000,
      label: { vi: 'Thứ tự', en: 'Order' },
      admin: { position: 'sidebar', description: { vi: 'Số nhỏ đứng trước trong cùng cấp.', en: 'Smaller first among siblings.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', maxLength: 40, label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    { name: 'address', type: 'text', maxLength: 300, localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
    {
      name: 'duties',
      type: 'richText',
      localized: true,
      label: { vi: 'Chức năng, nhiệm vụ', en: 'Duties' },
    },
  ],
}
