import type { CollectionConfig, Field, SelectField } from 'payload'

import { readerFilters } from '@/hooks/guardReaderQueries'
import { MIN_YEAR } from '@/scores/validate'

import { importEndpoint } from './endpoints/importEndpoint'
import { computeChange, recomputeAfterDelete, recomputeNextYear } from './hooks/computeChange'
import { validateRecord } from './hooks/validateRecord'
import { referenceData } from '@/collections/referenceData'

const unitField = (admin?: SelectField['admin'], defaultValue?: string): SelectField => ({
  name: 'unit',
  type: 'select',
  defaultValue,
  admin,
  label: { vi: 'Đơn vị', en: 'Unit' },
  options: [
    { value: 'points', label: { vi: 'điểm', en: 'points' } },
    { value: 'percent', label: { vi: '%', en: '%' } },
  ],
})

const rankFields: Field[] = [
  { name: 'rank', type: 'number', label: { vi: 'Xếp thứ', en: 'Rank' }, admin: { width: '25%' } },
  { name: 'outOf', type: 'number', label: { vi: 'Trên tổng số', en: 'Out of' }, admin: { width: '25%' } },
]

const noteField: Field = { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' } }

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = {
  where: { id: readerFilters.exact, index: readerFilters.exact, year: readerFilters.range, subject: readerFilters.exact },
  sort: ['year', 'id'],
}

export const ScoreRecords: CollectionConfig = {
  slug: 'score-records',
  labels: {
    singular: { vi: 'Kết quả chỉ số', en: 'Score record' },
    plural: { vi: 'Kết quả chỉ số', en: 'Score records' },
  },
  ...referenceData({
    readerQueries: READER_QUERIES,
    hooks: {
      beforeChange: [validateRecord, computeChange],
      afterChange: [recomputeNextYear],
      afterDelete: [recomputeAfterDelete],
    },
  }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'index', 'year', 'subject', 'updatedAt'],
    group: { vi: 'Số liệu', en: 'Data' },
    components: { beforeListTable: ['@/components/admin/ScoreImport.client#ScoreImport'] },
  },
  defaultSort: '-year',
  // One record per index, year and subject, held by the database too (the hook gives the readable message).
  indexes: [{ fields: ['index', 'year', 'subject'], unique: true }],
  endpoints: [importEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên bản ghi', en: 'Title' },
      admin: { readOnly: true, hidden: true },
      hooks: {
        // "PAR INDEX 2023 – Lào Cai": a readable name for lists and relationship pickers.
        beforeChange: [
          async ({ siblingData, req }) => {
            const indexId = typeof siblingData.index === 'object' ? siblingData.index?.id : siblingData.index
            if (!indexId) return undefined
            const index = await req.payload.findByID({ collection: 'indices', id: indexId, depth: 0, req })
            return `${index.code} ${siblingData.year} – ${siblingData.subject}`
          },
        ],
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'index',
          type: 'relationship',
          relationTo: 'indices',
          required: true,
          label: { vi: 'Chỉ số', en: 'Index' },
          admin: { width: '34%' },
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          min: MIN_YEAR,
          label: { vi: 'Năm', en: 'Year' },
          admin: { width: '33%' },
        },
        {
          name: 'subject',
          type: 'text',
          required: true,
          defaultValue: 'Lào Cai',
          label: { vi: 'Đơn vị được đánh giá', en: 'Subject' },
          admin: { width: '33%' },
        },
      ],
    },
    unitField({ description: { vi: 'Đơn vị mặc định của các tiêu chí.', en: 'Default unit of the criteria.' } }, 'points'),
    {
      name: 'total',
      type: 'group',
      label: { vi: 'Tổng điểm', en: 'Total' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', label: { vi: 'Điểm', en: 'Value' }, admin: { width: '25%' } },
            unitField({ width: '25%' }),
            ...rankFields,
          ],
        },
      ],
    },
    {
      name: 'change',
      type: 'group',
      label: { vi: 'Thay đổi so với năm trước', en: 'Change from the year before' },
      admin: {
        description: {
          vi: 'Tự tính khi có bản ghi năm trước; nếu không, nhập theo số liệu đã công bố.',
          en: 'Computed when last year has a record; otherwise enter the published change.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'points', type: 'number', label: { vi: 'Điểm tăng/giảm', en: 'Points' } },
            { name: 'ranks', type: 'number', label: { vi: 'Bậc tăng/giảm', en: 'Ranks' } },
            {
              name: 'basis',
              type: 'select',
              label: { vi: 'Nguồn', en: 'Basis' },
              options: [
                { value: 'computed', label: { vi: 'Tính từ năm trước', en: 'Computed' } },
                { value: 'stated', label: { vi: 'Theo số liệu công bố', en: 'As stated' } },
              ],
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      name: 'rankGroup',
      type: 'group',
      label: { vi: 'Nhóm xếp loại', en: 'Group' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { vi: 'Nhóm', en: 'Group' }, admin: { width: '25%' } },
            { ...noteField, admin: { width: '75%' } },
          ],
        },
      ],
    },
    {
      name: 'regionRank',
      type: 'group',
      label: { vi: 'Xếp hạng trong vùng', en: 'Regional rank' },
      fields: [
        {
          type: 'row',
          fields: [{ name: 'region', type: 'text', label: { vi: 'Vùng', en: 'Region' }, admin: { width: '50%' } }, ...rankFields],
        },
      ],
    },
    {
      name: 'scoreParts',
      type: 'array',
      label: { vi: 'Thành phần tổng điểm', en: 'Parts of the total' },
      labels: { singular: { vi: 'Thành phần', en: 'Part' }, plural: { vi: 'Thành phần', en: 'Parts' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' }, admin: { width: '60%' } },
            { name: 'value', type: 'number', label: { vi: 'Điểm', en: 'Value' }, admin: { width: '20%' } },
            unitField({ width: '20%' }),
          ],
        },
      ],
    },
    { name: 'scorePartsNote', type: 'textarea', label: { vi: 'Ghi chú về thành phần', en: 'Note on the parts' } },
    {
      name: 'criteria',
      type: 'array',
      label: { vi: 'Tiêu chí', en: 'Criteria' },
      labels: { singular: { vi: 'Tiêu chí', en: 'Criterion' }, plural: { vi: 'Tiêu chí', en: 'Criteria' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Tên tiêu chí', en: 'Name' } },
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', label: { vi: 'Giá trị năm nay', en: 'Value' } },
            { name: 'previousValue', type: 'number', label: { vi: 'Giá trị năm trước', en: 'Previous year' } },
            unitField(),
            { name: 'percent', type: 'number', label: { vi: 'Tỷ lệ đạt (%)', en: 'Percent' } },
            ...rankFields,
          ],
        },
        noteField,
      ],
    },
    { name: 'notes', type: 'textarea', label: { vi: 'Ghi chú chung', en: 'Notes' } },
  ],
}
