// Every upload is read by its content, not its name: it must really be a JPEG, PNG, WebP, AVIF or GIF
// picture within the size limit. It is then written again without its metadata, so no camera EXIF
// (GPS position included) is published; the picture is turned upright first.
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from './limits'

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'heif'])
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })

export const NOT_AN_IMAGE =
  'Tệp tải lên không phải ảnh JPEG, PNG, WebP, AVIF hoặc GIF (ảnh SVG và các loại tệp khác không được nhận).'

type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number }

export const checkImage: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = (args as { req?: { file?: UploadedFile } }).req?.file
  if (!file?.data) return args
  if (file.data.length > MAX_UPLOAD_BYTES) {
    throw new APIError(
      `Ảnh quá lớn: tối đa ${megabytes(MAX_UPLOAD_BYTES)} MB, tệp này ${megabytes(file.data.length)} MB.`,
      413,
      null,
      true,
    )
  }
  let format: string | undefined
  try {
    format = (await sharp(file.data, { animated: true }).metadata()).format
  } catch {
    format = undefined
  }
  if (!format || !ACCEPTED.has(format)) throw new APIError(NOT_AN_IMAGE, 400, null, true)

  const animated = format === 'gif' || format === 'webp'
  const clean = await sharp(file.data, { animated }).rotate().toBuffer()
  file.data = clean
  file.size = clean.length
  return args
}
