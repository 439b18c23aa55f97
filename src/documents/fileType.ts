// What a document's file really is, read from its bytes, never from its name or the browser's word: a PDF
// starts with `%PDF-`; DOCX, XLSX and ODT are zip files whose parts say which (word/document.xml,
// xl/workbook.xml, an OpenDocument `mimetype` entry); a DOC is an OLE compound file with a WordDocument stream.

export type DocumentFileType = { kind: 'pdf' | 'docx' | 'doc' | 'xlsx' | 'odt'; label: string; mime: string; extension: string }

export const DOCUMENT_FILE_TYPES: Record<DocumentFileType['kind'], DocumentFileType> = {
  pdf: { kind: 'pdf', label: 'PDF', mime: 'application/pdf', extension: 'pdf' },
  docx: {
    kind: 'docx',
    label: 'Word (DOCX)',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  doc: { kind: 'doc', label: 'Word (DOC)', mime: 'application/msword', extension: 'doc' },
  xlsx: {
    kind: 'xlsx',
    label: 'Excel (XLSX)',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  odt: { kind: 'odt', label: 'OpenDocument (ODT)', mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const ODT_MIME = 'application/vnd.oasis.opendocument.text'

/** The names of a zip's entries, read from its central directory (bounded: at most 10,000 entries). */
export function zipEntryNames(data: Buffer): string[] | null {
  // The end-of-central-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  const from = Math.max(0, data.length - 65_557)
  let end = -1
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = data.readUInt16LE(end + 10)
  let offset = data.readUInt32LE(end + 16)
  const names: string[] = []
  for (let n = 0; n < Math.min(count, 10_000); n++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return null
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    if (offset + 46 + nameLength > data.length) return null
    names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength))
    offset += 46 + nameLength + extraLength + commentLength
  }
  return names
}

/** The OpenDocument `mimetype` entry, which the format requires first and uncompressed. */
function openDocumentMime(data: Buffer): string | null {
  if (data.length < 30 || data.readUInt32LE(0) !== 0x04034b50) return null
  const nameLength = data.readUInt16LE(26)
  const extraLength = data.readUInt16LE(28)
  const name = data.toString('utf8', 30, 30 + nameLength)
  if (name !== 'mimetype' || data.readUInt16LE(8) !== 0) return null
  const size = data.readUInt32LE(18)
  const start = 30 + nameLength + extraLength
  return data.toString('ascii', start, Math.min(start + size, start + 100, data.length))
}

export function detectDocumentType(data: Buffer): DocumentFileType | null {
  if (data.length >= 5 && data.toString('latin1', 0, 5) === '%PDF-') return DOCUMENT_FILE_TYPES.pdf
  if (data.length >= 512 && data.subarray(0, 8).equals(OLE_MAGIC)) {
    // Excel 97 and PowerPoint files are OLE files too: only one with a WordDocument stream is a DOC.
    if (data.includes(Buffer.from('WordDocument', 'utf16le'))) return DOCUMENT_FILE_TYPES.doc
    return null
  }
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) {
    if (openDocumentMime(data) === ODT_MIME) return DOCUMENT_FILE_TYPES.odt
    const names = zipEntryNames(data)
    if (!names?.includes('[Content_Types].xml')) return null
    if (names.includes('word/document.xml')) return DOCUMENT_FILE_TYPES.docx
    if (names.includes('xl/workbook.xml')) return DOCUMENT_FILE_TYPES.xlsx
  }
  return null
}
