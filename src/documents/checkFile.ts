// A document's file is judged by its content before Payload stores it (see ./fileType.ts), and its
// original name is kept for downloads: Payload's own stored name is made safe for a URL.
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { refusedAnyway } from '@/access/refusedAnyway'

import { detectDocumentType } from './fileType'
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES } from './limits'

export { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES }
export const NOT_A_DOCUMENT =
  'Tệp tải lên không phải văn bản PDF, Word (DOCX, DOC), Excel (XLSX) hoặc OpenDocument (ODT). Cổng xét nội dung tệp, không xét tên tệp: một trang HTML hay tệp lệnh đổi đuôi thành .pdf không được nhận.'

type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number }

export const checkDocumentFile: CollectionBeforeOperationHook = async (hook) => {
  const { args, operation } = hook
  if (operation !== 'create' && operation !== 'update') return args
  const req = (args as { req?: { file?: UploadedFile; context?: Record<string, unknown> } }).req
  const file = req?.file
  if (!file?.data || (await refusedAnyway(hook))) return args
  if (file.data.length > MAX_DOCUMENT_BYTES) throw new APIError(DOCUMENT_TOO_LARGE, 413, null, true)
  const type = detectDocumentType(file.data)
  if (!type) throw new APIError(NOT_A_DOCUMENT, 400, null, true)
  file.mimetype = type.mime
  // The name as the editor's computer had it ("Quyết định 15-2024.pdf"), with the extension its content deserves.
  const base =
    file.name
      .normalize('NFC')
      .replace(/\.[^.]*$/, '')
      .replace(/[\\/\p{Cc}"]+/gu, ' ')
      .trim()
      .slice(0, 180) || 'van-ban'
  if (req?.context) req.context.documentFile = { originalName: `${base}.${type.extension}`, mimeType: type.mime }
  return args
}
