import type { CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { publishedFlagOrStaff } from '@/access/publishedFlagOrStaff'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { defaultLocale } from '@/hooks/defaultLocale'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { revalidateOrganisation, revalidateOrganisationAfterDelete } from '@/organisation/hooks/revalidateOrganisation'
import { PERSON_ROLES } from '@/organisation/people'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, unit: readerFilters.exact, role: readerFilters.exact }, sort: ['order', 'id'] }

/**
 * Leaders and heads of units, as on a public official's contact page (Decree 42/2022): name, position,
 * unit, office phone and email, photo, a short biography and responsibilities. Nothing else about a
 * person belongs here (no date of birth, home address or personal number): the collection is public.
 */
export const People: CollectionConfig = {
  slug: 'people',
  labels: {
    singular: { vi: 'Cán bộ lãnh đạo', en: 'Person' },
    plural: { vi: 'Cán bộ lãnh đạo', en: 'People' },
  },
  access: { create: isEditorOrAbove, read: publishedFlagOrStaff, update: isEditorOrAbove, delete: isEditorOrAbove },
  hooks: {
    beforeOperation: [defaultLocale, guardReaderQueries(READER_QUERIES), refuseUnknownFields],
    afterChange: [revalidateOrganisation],
    afterDelete: [revalidateOrganisationAfterDelete],
  },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'unit', 'role', 'order', 'published'],
    group: { vi: 'Tổ chức', en: 'Organisation' },
    description: {
      vi: 'Chỉ ghi thông tin công khai của cán bộ: điện thoại, thư điện tử công vụ. Thứ tự: Giám đốc, Phó Giám đốc, Trưởng đơn vị, rồi theo ô "Thứ tự".',
      en: 'Only public work contacts. Order: director, deputies, heads of units, then the Order field.',
    },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { vi: 'Họ và tên', en: 'Name' } },
    { name: 'position', type: 'text', required: true, maxLength: 200, localized: true, label: { vi: 'Chức vụ', en: 'Position' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'head',
      index: true,
      options: PERSON_ROLES.map(({ value, label }) => ({ value, label })),
      label: { vi: 'Nhóm lãnh đạo', en: 'Leadership group' },
      admin: { position: 'sidebar', description: { vi: 'Quyết định thứ tự trên trang Lãnh đạo.', en: 'Decides the order on /lanh-dao.' } },
    },
    {
      name: 'order',
      type: 'number',
      index: true,
      min: 0,
      max: 100000,
      label: { vi: 'Thứ tự trong nhóm', en: 'Order within the group' },
      admin: { position: 'sidebar', description: { vi: 'Số nhỏ đứng trước.', en: 'Smaller first.' } },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Hiển thị công khai', en: 'Published' },
      admin: { position: 'sidebar' },
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', maxLength: 40, label: { vi: 'Điện thoại cơ quan', en: 'Office phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử công vụ', en: 'Work email' } },
      ],
    },
    { name: 'biography', type: 'textarea', maxLength: 4000, localized: true, label: { vi: 'Tiểu sử tóm tắt', en: 'Short biography' } },
    {
      name: 'responsibilities',
      type: 'textarea',
      maxLength: 4000,
      localized: true,
      label: { vi: 'Nhiệm vụ được phân công', en: 'Responsibilities' },
    },
  ],
}
