// Before a document is saved: its title ("Quyết định 15/2024/QĐ-UBND"), slug, folded search text and
// duplicate key are derived from its metadata; the file's judged type and original name are recorded;
// and a number the same body already issued is refused.
import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { documentSearchText, duplicateKey } from '@/documents/text'
import type { Document } from '@/payload-types'
import { slugify } from '@/utilities/slugify'

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? Number((value as { id: unknown }).id) : null

export const prepareDocument: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, req, context, operation }) => {
  const merged = { ...originalDoc, ...data }
  const judged = context.documentFile
  if (judged) {
    data.originalName = judged.originalName
    data.mimeType = judged.mimeType
  }

  // Stored as UTC ISO strings whatever a client sent ("2024-01-02", "+07:00"): the year filter compares them as text.
  for (const key of ['issuedAt', 'effectiveAt'] as const) {
    const value = data[key]
    if (typeof value === 'string' && value && !Number.isNaN(Date.parse(value))) data[key] = new Date(value).toISOString()
  }

  const typeId = idOf(merged.docType)
  let typeName = ''
  if (typeId) {
    const type = await req.payload.findByID({ collection: 'document-types', id: typeId, depth: 0, req, disableErrors: true })
    typeName = type?.name ?? ''
  }
  const number = (merged.number ?? '').trim()
  if (data.number !== undefined) data.number = number
  data.title = [typeName, number].filter(Boolean).join(' ') || merged.originalName || 'Văn bản'
  data.searchText = documentSearchText({ ...merged, title: data.title, typeName })

  const key = number && merged.issuer ? duplicateKey(number, merged.issuer) : null
  data.numberKey = key
  if (key) {
    const taken = await req.payload.find({
      collection: 'documents',
      where: { and: [{ numberKey: { equals: key } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
      limit: 1,
      depth: 0,
      select: { title: true, issuer: true },
      overrideAccess: true,
      req,
    })
    const other = taken.docs[0]
    if (other) {
      throw new ValidationError({
        collection: 'documents',
        errors: [
          {
            path: 'number',
            message: `Số ký hiệu ${number} của ${merged.issuer} đã có trên cổng (“${other.title}”, mã #${other.id}). Một cơ quan không ban hành hai văn bản cùng số ký hiệu: hãy kiểm tra lại số, hoặc sửa văn bản đã có.`,
          },
        ],
      })
    }
  }

  const replacedBy = idOf(merged.replacedBy)
  if (merged.validity === 'replaced' && !replacedBy && merged._status === 'published') {
    throw new APIError('Văn bản “bị thay thế” cần chọn văn bản thay thế nó (trường “Bị thay thế bởi”).', 400, null, true)
  }
  // A document in force (or simply expired) is replaced by nothing: a stale link would mislead readers.
  if (merged.validity !== 'replaced' && merged.replacedBy) data.replacedBy = null
  if (replacedBy && originalDoc?.id && replacedBy === originalDoc.id) {
    throw new APIError('Một văn bản không thể bị thay thế bởi chính nó.', 400, null, true)
  }

  if (!merged.slug && data.title && operation) {
    const base = slugify(data.title) || 'van-ban'
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const used = await req.payload.count({
        collection: 'documents',
        where: { and: [{ slug: { equals: candidate } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        overrideAccess: true,
        req,
      })
      if (used.totalDocs === 0) {
        data.slug = candidate
        break
      }
    }
  }
  return data
}
