// Văn bản: the department's legal and administrative documents, each one file (PDF, Word, Excel, ODT)
// with its metadata. REST field names are a contract with outside clients: number, docType, issuer,
// field, issuedAt, effectiveAt, signer, summary, validity, replacedBy, related.
import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isEditorOrAbove } from '@/access/isEditorOrAbove'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { checkDocumentFile } from '@/documents/checkFile'
import { documentPath } from '@/documents/paths'
import { expireDocumentPages, expireDocumentPagesAfterDelete } from '@/documents/revalidate'
import { serveDocumentFile } from '@/documents/serveFile'
import { VALIDITY_LABELS, VALIDITY_VALUES, type Validity } from '@/documents/validity'
import { mediaDir } from '@/env'
import { guardReaderQueries, readerFilters } from '@/hooks/guardReaderQueries'
import { refuseUnknownFields } from '@/hooks/refuseUnknownFields'
import { rootRelativeUrls } from '@/uploads/rootRelativeUrls'

import { prepareDocument } from './hooks/prepareDocument'

/** What readers may filter and sort on through REST: fields that stay on an index. */
const READER_QUERIES = {
  where: {
    id: readerFilters.exact,
    slug: readerFilters.exact,
    number: readerFilters.exact,
    docType: readerFilters.exact,
    issuer: readerFilters.exact,
    field: readerFilters.exact,
    validity: readerFilters.exact,
    issuedAt: readerFilters.range,
  },
  sort: ['issuedAt', 'id'],
}

const VALIDITY_EN: Record<Validity, string> = { inForce: 'In force', expired: 'Expired', replaced: 'Replaced' }
const VALIDITY_OPTIONS = VALIDITY_VALUES.map((value) => ({ value, label: { vi: VALIDITY_LABELS[value], en: VALIDITY_EN[value] } }))

const dateAdmin = { date: { pickerAppearance: 'dayOnly', displayFormat: 'd/M/yyyy' } } as const

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { vi: 'Văn bản', en: 'Document' },
    plural: { vi: 'Văn bản', en: 'Documents' },
  },
  access: {
    create: isEditorOrAbove,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isEditorOrAbove,
    delete: isEditorOrAbove,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'issuer', 'issuedAt', 'validity', '_status'],
    listSearchableFields: ['searchText'],
    group: { vi: 'Văn bản', en: 'Documents' },
    preview: (doc) => (doc._status === 'published' && typeof doc.slug === 'string' && doc.slug ? documentPath(doc.slug) : null),
  },
  defaultSort: '-issuedAt',
  // Readers' REST filters and the feed: published documents newest first, by type, issuer, field or validity.
  // /van-ban's list reads its own search index instead (src/documents/searchIndex.ts).
  indexes: [
    { fields: ['_status', 'issuedAt'] },
    { fields: ['docType', '_status', 'issuedAt'] },
    { fields: ['issuer', '_status', 'issuedAt'] },
    { fields: ['field', '_status', 'issuedAt'] },
    { fields: ['validity', '_status', 'issuedAt'] },
  ],
  versions: { drafts: true, maxPerDoc: 50 },
  upload: {
    staticDir: path.join(mediaDir(), 'documents'),
    // Judged by content in checkDocumentFile; Payload's list of types would refuse a DOC it sees as "x-cfb".
    handlers: [serveDocumentFile],
    hideRemoveFile: false,
  },
  hooks: {
    beforeOperation: [guardReaderQueries(READER_QUERIES), checkDocumentFile, refuseUnknownFields],
    beforeChange: [prepareDocument],
    afterRead: [rootRelativeUrls],
    afterChange: [expireDocumentPages],
    afterDelete: [expireDocumentPagesAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên văn bản', en: 'Title' },
      admin: { readOnly: true, description: { vi: 'Tự tạo từ loại và số ký hiệu.', en: 'Made from the type and number.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          index: true,
          maxLength: 100,
          label: { vi: 'Số ký hiệu', en: 'Number' },
          admin: { placeholder: '15/2024/QĐ-UBND' },
        },
        {
          name: 'docType',
          type: 'relationship',
          relationTo: 'document-types',
          required: true,
          index: true,
          label: { vi: 'Loại văn bản', en: 'Type' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuer',
          type: 'text',
          required: true,
          index: true,
          maxLength: 200,
          label: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
          admin: { placeholder: 'UBND tỉnh Lào Cai' },
        },
        {
          name: 'field',
          type: 'text',
          index: true,
          maxLength: 200,
          label: { vi: 'Lĩnh vực', en: 'Field' },
          admin: { placeholder: 'Cải cách hành chính' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuedAt', type: 'date', required: true, index: true, label: { vi: 'Ngày ban hành', en: 'Issued on' }, admin: dateAdmin },
        { name: 'effectiveAt', type: 'date', label: { vi: 'Ngày có hiệu lực', en: 'In force from' }, admin: dateAdmin },
        { name: 'signer', type: 'text', maxLength: 200, label: { vi: 'Người ký', en: 'Signed by' } },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 2000, label: { vi: 'Trích yếu', en: 'Summary' } },
    {
      name: 'validity',
      type: 'select',
      required: true,
      defaultValue: 'inForce',
      index: true,
      options: VALIDITY_OPTIONS,
      label: { vi: 'Tình trạng hiệu lực', en: 'Validity' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: 'documents',
      index: true,
      label: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: {
        position: 'sidebar',
        condition: (_, siblingData) => siblingData?.validity === 'replaced',
        description: { vi: 'Văn bản mới thay thế văn bản này.', en: 'The document that replaces this one.' },
      },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      maxRows: 20,
      label: { vi: 'Văn bản liên quan', en: 'Related documents' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar' },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
      admin: {
        position: 'sidebar',
        description: { vi: 'Để trống để tạo tự động từ loại và số ký hiệu.', en: 'Leave empty to generate it.' },
      },
    },
    {
      name: 'originalName',
      type: 'text',
      label: { vi: 'Tên tệp gốc', en: 'Original file name' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Folded copy of the metadata, for /van-ban's search and the admin list's search box; never shown.
      name: 'searchText',
      type: 'text',
      access: { read: isStaff },
      admin: { hidden: true },
    },
    {
      // Number and issuer folded together: one body never issues the same number twice.
      name: 'numberKey',
      type: 'text',
      index: true,
      access: { read: isStaff },
      admin: { hidden: true },
    },
  ],
}
