// How a document's file is described to readers: "PDF, 1,2 MB".
import { DOCUMENT_FILE_TYPES } from './fileType'

const bytesFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

export function fileTypeLabel(mimeType: string | null | undefined): string {
  return Object.values(DOCUMENT_FILE_TYPES).find((type) => type.mime === mimeType)?.label ?? 'Tệp'
}

export function formatFileSize(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${bytesFormat.format(Math.max(1, bytes / 1024))} KB`
  return `${bytesFormat.format(bytes / 1024 / 1024)} MB`
}

export const describeFile = (mimeType: string | null | undefined, bytes: number | null | undefined) =>
  [fileTypeLabel(mimeType), formatFileSize(bytes)].filter(Boolean).join(', ')
