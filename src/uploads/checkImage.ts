// Every upload is read by its content, not its name: it must really be a JPEG, PNG, WebP, AVIF or GIF
// picture within the size limits, in bytes and in pixels. It is then written again without its metadata, so
// no camera EXIF (GPS position included) is published; the picture is turned upright first.
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { refusedAnyway } from '@/access/refusedAnyway'

import { limitedSharp, MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES } from './limits'

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'heif'])
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })
// Rounded up, so a picture just over the limit never reads as equal to it.
const millions = (pixels: number) => (Math.ceil(pixels / 100_000) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })

export const NOT_AN_IMAGE = 'Tệp tải lên không phải ảnh JPEG, PNG, WebP, AVIF hoặc GIF (ảnh SVG và các loại tệp khác không được nhận).'

export const tooManyPixels = (pixels: number) =>
  `Ảnh quá lớn: tối đa ${millions(MAX_INPUT_PIXELS)} triệu điểm ảnh (ảnh này ${millions(pixels)} triệu).`

type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number }

export const checkImage: CollectionBeforeOperationHook = async (hook) => {
  const { args, operation } = hook
  if (operation !== 'create' && operation !== 'update') return args
  const file = (args as { req?: { file?: UploadedFile } }).req?.file
  if (!file?.data || (await refusedAnyway(hook))) return args
  if (file.data.length > MAX_UPLOAD_BYTES) {
    throw new APIError(`Ảnh quá lớn: tối đa ${megabytes(MAX_UPLOAD_BYTES)} MB, tệp này ${megabytes(file.data.length)} MB.`, 413, null, true)
  }
  let metadata: Metadata | undefined
  try {
    // Reads the header only, never the pixels, so any size can be measured; with every frame of an animation,
    // as sharp counts them against its limit when it decodes.
    metadata = await sharp(file.data, { animated: true, limitInputPixels: false }).metadata()
  } catch {
    metadata = undefined
  }
  const format = metadata?.format
  if (!metadata || !format || !ACCEPTED.has(format)) throw new APIError(NOT_AN_IMAGE, 400, null, true)
  // Refused here, before this hook or Payload's resizing decodes anything.
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
  if (pixels > MAX_INPUT_PIXELS) throw new APIError(tooManyPixels(pixels), 413, null, true)

  const animated = format === 'gif' || format === 'webp'
  const clean = await limitedSharp(file.data, { animated }).rotate().toBuffer()
  file.data = clean
  file.size = clean.length
  return args
}
