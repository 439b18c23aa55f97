import type { CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { publishedFlagOrStaff } from '@/access/publishedFlagOrStaff'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { defaultLocale } from '@/hooks/defaultLocale'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { markAdjusted } from '@/organisation/hooks/markAdjusted'
import { revalidateOrganisation, revalidateOrganisationAfterDelete } from '@/organisation/hooks/revalidateOrganisation'
import { TIME_ZONE } from '@/utilities/format'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = { where: { id: readerFilters.exact, startsAt: readerFilters.range }, sort: ['startsAt', 'id'] }

/** One item of the leaders' weekly work schedule (/lich-cong-tac). */
export const ScheduleEntries: CollectionConfig = {
  slug: 'schedule-entries',
  labels: {
    singular: { vi: 'Lịch công tác', en: 'Schedule entry' },
    plural: { vi: 'Lịch công tác', en: 'Work schedule' },
  },
  access: { create: isEditorOrAbove, read: publishedFlagOrStaff, update: isEditorOrAbove, delete: isEditorOrAbove },
  hooks: {
    beforeOperation: [defaultLocale, guardReaderQueries(READER_QUERIES), refuseUnknownFields],
    beforeChange: [markAdjusted],
    afterChange: [revalidateOrganisation],
    afterDelete: [revalidateOrganisationAfterDelete],
  },
  defaultSort: 'startsAt',
  admin: {
    useAsTitle: 'content',
    defaultColumns: ['startsAt', 'content', 'leaders', 'place', 'published'],
    group: { vi: 'Tổ chức', en: 'Organisation' },
  },
  fields: [
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Ngày, giờ bắt đầu', en: 'Starts at' },
      admin: {
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd/M/yyyy HH:mm', timeIntervals: 15 },
        description: { vi: `Giờ Việt Nam (${TIME_ZONE}).`, en: 'Vietnam time.' },
      },
    },
    {
      name: 'timeNote',
      type: 'text',
      maxLength: 60,
      label: { vi: 'Ghi chú thời gian', en: 'Time note' },
      admin: { description: { vi: 'Ví dụ: "Cả ngày", "08:00–11:30". Để trống nếu chỉ có giờ bắt đầu.', en: 'E.g. "All day".' } },
    },
    { name: 'content', type: 'textarea', required: true, maxLength: 2000, label: { vi: 'Nội dung', en: 'Content' } },
    {
      name: 'leaders',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      maxRows: 20,
      label: { vi: 'Lãnh đạo chủ trì / dự', en: 'Leaders' },
    },
    { name: 'place', type: 'text', maxLength: 300, label: { vi: 'Địa điểm', en: 'Place' } },
    { name: 'preparingUnit', type: 'relationship', relationTo: 'units', label: { vi: 'Đơn vị chuẩn bị', en: 'Preparing unit' } },
    { name: 'participants', type: 'textarea', maxLength: 1000, label: { vi: 'Thành phần', en: 'Participants' } },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Công bố', en: 'Published' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: { vi: 'Công bố lần đầu', en: 'First published' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'adjustedAt',
      type: 'date',
      label: { vi: 'Điều chỉnh lúc', en: 'Adjusted at' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          vi: 'Ghi tự động khi ngày giờ, nội dung, địa điểm, thành phần… được sửa quá 30 phút sau khi công bố; trang công khai ghi "điều chỉnh".',
          en: 'Set when the entry changes more than 30 minutes after publication.',
        },
      },
    },
  ],
}
