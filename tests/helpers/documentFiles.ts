// Small real files of each kind a document may be (and some that only pretend), for the tests.
import { crc32 } from 'node:zlib'

/** A zip whose entries are stored uncompressed, in the order given (ODT needs `mimetype` first). */
export function storedZip(entries: Array<[string, string]>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of entries) {
    const data = Buffer.from(text)
    const nameBytes = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const CONTENT_TYPES = [
  '[Content_Types].xml',
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
] as [string, string]

/** A one-page PDF that viewers open; given `size`, about that many bytes long (a comment after its header). */
export function pdfFile(text = 'Van ban thu', size = 0): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  // Comment lines of 1,000 characters, as long as the file needs to reach `size`.
  for (let line = 0; line < Math.floor(size / 1001); line++) body += `%${'x'.repeat(999)}\n`
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const docxFile = () => storedZip([CONTENT_TYPES, ['word/document.xml', '<w:document/>']])
export const xlsxFile = () => storedZip([CONTENT_TYPES, ['xl/workbook.xml', '<workbook/>']])
export const odtFile = () =>
  storedZip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ])
/** Any zip that is none of the above (a .docx that is really an archive of something else). */
export const plainZip = () => storedZip([['readme.txt', 'xin chao']])

/** An OLE compound file header with a WordDocument stream's name in its directory, as Word 97–2003 writes. */
export function docFile(): Buffer {
  const data = Buffer.alloc(2048)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data, 0)
  Buffer.from('WordDocument', 'utf16le').copy(data, 1024)
  return data
}

/** An OLE file without a Word stream (an old Excel file). */
export function xlsOleFile(): Buffer {
  const data = docFile()
  Buffer.from('Workbook\0\0\0\0\0\0\0\0', 'utf16le').copy(data, 1024)
  return data
}

export const htmlFile = () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
export const scriptFile = () => Buffer.from('#!/bin/sh\nrm -rf /\n')
