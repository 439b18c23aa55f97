// The register of published documents as open data: one row per document, machine values (ISO dates,
// validity codes, bytes) and the addresses of its page and file.
import type { Payload } from 'payload'

import { documentPath } from '@/documents/paths'
import type { Document } from '@/payload-types'

import { isoDate } from './csv'

export const REGISTER_COLUMNS = [
  'number',
  'docType',
  'issuer',
  'field',
  'issuedAt',
  'effectiveAt',
  'signer',
  'summary',
  'validity',
  'replacedBy',
  'url',
  'fileUrl',
  'mimeType',
  'filesize',
  'updatedAt',
] as const

export type RegisterRow = Record<(typeof REGISTER_COLUMNS)[number], string | number | null>

const PAGE = 1_000
/** The register stops here (a department publishes hundreds of documents a year; 100,000 is far beyond). */
const MAX_DOCUMENTS = 100_000

export async function listRegister(payload: Payload, origin: string): Promise<RegisterRow[]> {
  const types = new Map<number, string>()
  const { docs: typeDocs } = await payload.find({ collection: 'document-types', limit: 1_000, depth: 0, overrideAccess: false })
  for (const type of typeDocs) types.set(type.id, type.name)
  const numbers = new Map<number, string>()
  const docs: Document[] = []
  for (let page = 1; docs.length < MAX_DOCUMENTS; page++) {
    const result = await payload.find({
      collection: 'documents',
      where: { _status: { equals: 'published' } },
      sort: ['-issuedAt', '-id'],
      page,
      limit: PAGE,
      depth: 0,
      overrideAccess: false,
    })
    for (const doc of result.docs) {
      docs.push(doc)
      numbers.set(doc.id, doc.number)
    }
    if (!result.hasNextPage) break
  }
  return docs.map((doc) => {
    const typeId = typeof doc.docType === 'object' ? doc.docType.id : doc.docType
    const replacedBy = typeof doc.replacedBy === 'object' && doc.replacedBy ? doc.replacedBy.id : doc.replacedBy
    return {
      number: doc.number,
      docType: types.get(typeId) ?? null,
      issuer: doc.issuer,
      field: doc.field ?? null,
      issuedAt: isoDate(doc.issuedAt),
      effectiveAt: isoDate(doc.effectiveAt),
      signer: doc.signer ?? null,
      summary: doc.summary,
      validity: doc.validity ?? 'inForce',
      replacedBy: replacedBy ? (numbers.get(replacedBy) ?? null) : null,
      url: `${origin}${documentPath(doc.slug ?? '')}`,
      fileUrl: doc.url ? `${origin}${doc.url}` : null,
      mimeType: doc.mimeType ?? null,
      filesize: doc.filesize ?? null,
      updatedAt: new Date(doc.updatedAt).toISOString(),
    }
  })
}
